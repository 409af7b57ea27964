using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Accounts.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Consumer });
                }
            );

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApplicationType = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ClientId = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ClientSecret = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ClientType = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConcurrencyToken = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConsentType = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisplayName = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisplayNames = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    JsonWebKeySet = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Permissions = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PostLogoutRedirectUris = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Properties = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    RedirectUris = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Requirements = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Settings = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConcurrencyToken = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Description = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Descriptions = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisplayName = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisplayNames = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Name = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Properties = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Resources = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NameZh = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    NameEn = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Kind = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Province = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    City = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CreditCode = table.Column<string>(
                        type: "nvarchar(18)",
                        maxLength: 18,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ContactName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ContactPhone = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    StatusReason = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Sequence = table
                        .Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(
                        type: "nvarchar(300)",
                        maxLength: 300,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Payload = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(
                        type: "nvarchar(2000)",
                        maxLength: 2000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CorrelationId = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    LeasedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeasedBy = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                }
            );

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApplicationId = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConcurrencyToken = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Properties = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Scopes = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Subject = table.Column<string>(
                        type: "nvarchar(400)",
                        maxLength: 400,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Type = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id"
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberRole = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisplayName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Regions = table.Column<string>(
                        type: "nvarchar(500)",
                        maxLength: 500,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industries = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CoverageCheckedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    NormalizedUserName = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Email = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    NormalizedEmail = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(
                        type: "nvarchar(512)",
                        maxLength: 512,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SecurityStamp = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConcurrencyStamp = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PhoneNumber = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApplicationId = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    AuthorizationId = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ConcurrencyToken = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Payload = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Properties = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    RedemptionDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReferenceId = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Subject = table.Column<string>(
                        type: "nvarchar(400)",
                        maxLength: 400,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Type = table.Column<string>(
                        type: "nvarchar(150)",
                        maxLength: 150,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id"
                    );
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id"
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false).Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ClaimValue = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserClaims_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(
                        type: "nvarchar(128)",
                        maxLength: 128,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ProviderKey = table.Column<string>(
                        type: "nvarchar(128)",
                        maxLength: 128,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ProviderDisplayName = table.Column<string>(
                        type: "nvarchar(256)",
                        maxLength: 256,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_UserLogins_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "UserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoginProvider = table.Column<string>(
                        type: "nvarchar(128)",
                        maxLength: 128,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Name = table.Column<string>(
                        type: "nvarchar(128)",
                        maxLength: 128,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Value = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserTokens", x => new
                    {
                        x.UserId,
                        x.LoginProvider,
                        x.Name,
                    });
                    table.ForeignKey(
                        name: "FK_UserTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true,
                filter: "[ClientId] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true,
                filter: "[Name] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true,
                filter: "[ReferenceId] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CreditCode",
                table: "Organisations",
                column: "CreditCode",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_Organisations_Status", table: "Organisations", column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_EventId",
                table: "OutboxMessages",
                column: "EventId",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_OutboxMessages_SentAt", table: "OutboxMessages", column: "SentAt");

            migrationBuilder.CreateIndex(name: "IX_UserClaims_UserId", table: "UserClaims", column: "UserId");

            migrationBuilder.CreateIndex(name: "IX_UserLogins_UserId", table: "UserLogins", column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Users",
                column: "NormalizedEmail",
                unique: true,
                filter: "[NormalizedEmail] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(name: "IX_Users_OrganisationId", table: "Users", column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Users",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "InboxMessages");

            migrationBuilder.DropTable(name: "OpenIddictScopes");

            migrationBuilder.DropTable(name: "OpenIddictTokens");

            migrationBuilder.DropTable(name: "OutboxMessages");

            migrationBuilder.DropTable(name: "UserClaims");

            migrationBuilder.DropTable(name: "UserLogins");

            migrationBuilder.DropTable(name: "UserTokens");

            migrationBuilder.DropTable(name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(name: "Users");

            migrationBuilder.DropTable(name: "OpenIddictApplications");

            migrationBuilder.DropTable(name: "Organisations");
        }
    }
}
