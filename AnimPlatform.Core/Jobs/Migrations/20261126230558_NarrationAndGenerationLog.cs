using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnimPlatform.Core.Jobs.Migrations
{
    /// <inheritdoc />
    public partial class NarrationAndGenerationLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "generation_log",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "narrate",
                table: "jobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "subtitles",
                table: "jobs",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "none");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "generation_log",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "narrate",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "subtitles",
                table: "jobs");
        }
    }
}
