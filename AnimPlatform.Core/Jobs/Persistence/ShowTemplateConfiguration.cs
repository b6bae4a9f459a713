using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>The <c>templates</c> table: one row per named template, names unique.</summary>
internal sealed class ShowTemplateConfiguration : IEntityTypeConfiguration<ShowTemplate>
{
    public void Configure(EntityTypeBuilder<ShowTemplate> template)
    {
        template.ToTable("templates");
        template.HasKey(t => t.Id);
        template.Property(t => t.Id).HasColumnName("id");
        template.Property(t => t.Name).HasColumnName("name").HasMaxLength(200);
        template.Property(t => t.Description).HasColumnName("description");
        template.Property(t => t.Manifest).HasColumnName("manifest");
        template.Property(t => t.Tags).HasColumnName("tags"); // a primitive collection: JSON text
        template.Property(t => t.CreatedAt).HasColumnName("created_at");
        template.Property(t => t.UpdatedAt).HasColumnName("updated_at");

        template.HasIndex(t => t.Name).IsUnique().HasDatabaseName("ux_templates_name");
    }
}
