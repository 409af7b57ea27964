using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>Each outbox row is leased to one dispatcher at a time, so replicas publish it once.</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261208010000_OutboxLeases")]
public sealed class OutboxLeases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddOutboxLeases();
}
