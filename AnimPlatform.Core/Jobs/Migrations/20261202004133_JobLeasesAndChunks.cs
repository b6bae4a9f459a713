using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnimPlatform.Core.Jobs.Migrations
{
    /// <inheritdoc />
    public partial class JobLeasesAndChunks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "lease_expires_at",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "jobs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "job_chunks",
                columns: table => new
                {
                    job_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    chunk_index = table.Column<int>(type: "INTEGER", nullable: false),
                    first_frame = table.Column<int>(type: "INTEGER", nullable: false),
                    end_frame = table.Column<int>(type: "INTEGER", nullable: false),
                    frames_done = table.Column<int>(type: "INTEGER", nullable: false),
                    done = table.Column<bool>(type: "INTEGER", nullable: false),
                    worker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    seconds = table.Column<double>(type: "REAL", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_chunks", x => new { x.job_id, x.chunk_index });
                    table.ForeignKey(
                        name: "FK_job_chunks_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_chunks");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "jobs");
        }
    }
}
