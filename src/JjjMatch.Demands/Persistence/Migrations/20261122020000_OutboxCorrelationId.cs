using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

[DbContext(typeof(DemandsDbContext))]
[Migration("20261122020000_OutboxCorrelationId")]
public sealed class OutboxCorrelationId : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddOutboxCorrelationId();
}
