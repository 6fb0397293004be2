using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthFlows.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddInstanceLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "WorkflowInstances",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WorkflowInstances",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_Status_LeaseExpiresAt",
                table: "WorkflowInstances",
                columns: new[] { "Status", "LeaseExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_Status_LeaseExpiresAt",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "WorkflowInstances");
        }
    }
}
