using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

[DbContext(typeof(MatchingDbContext))]
[Migration("20261122020000_OutboxCorrelationId")]
public sealed class OutboxCorrelationId : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddOutboxCorrelationId();
}
