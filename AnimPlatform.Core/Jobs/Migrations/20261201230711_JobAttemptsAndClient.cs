using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnimPlatform.Core.Jobs.Migrations
{
    /// <inheritdoc />
    public partial class JobAttemptsAndClient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "jobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "jobs",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "EstimatedSeconds",
                table: "jobs",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "EstimatedSeconds",
                table: "jobs");
        }
    }
}
