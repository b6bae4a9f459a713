using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model from this class library alone:
/// <c>dotnet ef migrations add NAME --project AnimPlatform.Core --output-dir Jobs/Migrations</c>.
/// No database is opened.
/// </summary>
internal sealed class JobsDbContextDesignFactory : IDesignTimeDbContextFactory<JobsDbContext>
{
    public JobsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JobsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
