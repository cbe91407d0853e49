using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DockingGraph.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialDockingModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgencyTypes",
                columns: table => new
                {
                    Key = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyTypes", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "CelestialBodyTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CelestialBodyTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Alpha2Code = table.Column<string>(type: "TEXT", nullable: true),
                    Alpha3Code = table.Column<string>(type: "TEXT", nullable: true),
                    NationalityName = table.Column<string>(type: "TEXT", nullable: true),
                    NationalityNameComposed = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImageLicenses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    Link = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageLicenses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImageVariantTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageVariantTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InfoUrlTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoUrlTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LandingTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandingTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Languages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Languages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LauncherConfigurations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", nullable: true),
                    Variant = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LauncherConfigurations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LauncherFamilies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LauncherFamilies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LaunchStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaunchStatuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetPrecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetPrecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayloadTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceDocuments",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceDocuments", x => new { x.Kind, x.RecordId });
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftConfigurationTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftConfigurationTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftStatuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SyncStates",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    NextUrl = table.Column<string>(type: "TEXT", nullable: true),
                    PagesApplied = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPageAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncStates", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "VidUrlTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VidUrlTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Images",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    ThumbnailUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Credit = table.Column<string>(type: "TEXT", nullable: true),
                    LicenseId = table.Column<int>(type: "INTEGER", nullable: true),
                    SingleUse = table.Column<bool>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Images_ImageLicenses_LicenseId",
                        column: x => x.LicenseId,
                        principalTable: "ImageLicenses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rockets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfigurationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rockets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rockets_LauncherConfigurations_ConfigurationId",
                        column: x => x.ConfigurationId,
                        principalTable: "LauncherConfigurations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LauncherConfigurationFamilies",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LauncherConfigurationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LauncherConfigurationFamilies", x => new { x.LauncherConfigurationId, x.Position });
                    table.ForeignKey(
                        name: "FK_LauncherConfigurationFamilies_LauncherConfigurations_LauncherConfigurationId",
                        column: x => x.LauncherConfigurationId,
                        principalTable: "LauncherConfigurations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LauncherConfigurationFamilies_LauncherFamilies_ItemId",
                        column: x => x.ItemId,
                        principalTable: "LauncherFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    TypeKey = table.Column<int>(type: "INTEGER", nullable: true),
                    Featured = table.Column<bool>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Administrator = table.Column<string>(type: "TEXT", nullable: true),
                    FoundingYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Launchers = table.Column<string>(type: "TEXT", nullable: true),
                    Spacecraft = table.Column<string>(type: "TEXT", nullable: true),
                    Parent = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    LogoId = table.Column<int>(type: "INTEGER", nullable: true),
                    SocialLogoId = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalLaunchCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ConsecutiveSuccessfulLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    PendingLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    ConsecutiveSuccessfulLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    AttemptedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLandingsSpacecraft = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLandingsSpacecraft = table.Column<int>(type: "INTEGER", nullable: true),
                    AttemptedLandingsSpacecraft = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLandingsPayload = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLandingsPayload = table.Column<int>(type: "INTEGER", nullable: true),
                    AttemptedLandingsPayload = table.Column<int>(type: "INTEGER", nullable: true),
                    InfoUrl = table.Column<string>(type: "TEXT", nullable: true),
                    WikiUrl = table.Column<string>(type: "TEXT", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    AbbrevSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_AgencyTypes_TypeKey",
                        column: x => x.TypeKey,
                        principalTable: "AgencyTypes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agencies_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agencies_Images_LogoId",
                        column: x => x.LogoId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agencies_Images_SocialLogoId",
                        column: x => x.SocialLogoId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CelestialBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Diameter = table.Column<double>(type: "REAL", nullable: true),
                    Mass = table.Column<double>(type: "REAL", nullable: true),
                    Gravity = table.Column<double>(type: "REAL", nullable: true),
                    LengthOfDay = table.Column<string>(type: "TEXT", nullable: true),
                    Atmosphere = table.Column<bool>(type: "INTEGER", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    WikiUrl = table.Column<string>(type: "TEXT", nullable: true),
                    TotalAttemptedLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLaunches = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalAttemptedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CelestialBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CelestialBodies_CelestialBodyTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "CelestialBodyTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CelestialBodies_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImageVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImageVariants_ImageVariantTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "ImageVariantTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImageVariants_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialMediaPlatforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    LogoId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialMediaPlatforms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialMediaPlatforms_Images_LogoId",
                        column: x => x.LogoId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpacePrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    InfoUrl = table.Column<string>(type: "TEXT", nullable: true),
                    WikiUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacePrograms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpacePrograms_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacePrograms_ProgramTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "ProgramTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpaceStations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceStations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpaceStations_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgencyCountries",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyCountries", x => new { x.AgencyId, x.Position });
                    table.ForeignKey(
                        name: "FK_AgencyCountries_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgencyCountries_Countries_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissionPatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionPatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissionPatches_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Payloads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ManufacturerId = table.Column<int>(type: "INTEGER", nullable: true),
                    OperatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    WikiLink = table.Column<string>(type: "TEXT", nullable: true),
                    InfoLink = table.Column<string>(type: "TEXT", nullable: true),
                    Cost = table.Column<double>(type: "REAL", nullable: true),
                    Mass = table.Column<double>(type: "REAL", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payloads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payloads_Agencies_ManufacturerId",
                        column: x => x.ManufacturerId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payloads_Agencies_OperatorId",
                        column: x => x.OperatorId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payloads_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payloads_PayloadTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "PayloadTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftConfigurations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    InUse = table.Column<bool>(type: "INTEGER", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftConfigurations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpacecraftConfigurations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacecraftConfigurations_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacecraftConfigurations_SpacecraftConfigurationTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "SpacecraftConfigurationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftFamilies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ManufacturerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    MaidenFlight = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftFamilies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpacecraftFamilies_Agencies_ManufacturerId",
                        column: x => x.ManufacturerId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacecraftFamilies_SpacecraftFamilies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "SpacecraftFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Locations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    CelestialBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    MapImage = table.Column<string>(type: "TEXT", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    TimezoneName = table.Column<string>(type: "TEXT", nullable: true),
                    TotalLaunchCount = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalLandingCount = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Locations_CelestialBodies_CelestialBodyId",
                        column: x => x.CelestialBodyId,
                        principalTable: "CelestialBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Locations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Locations_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Orbits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    CelestialBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orbits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orbits_CelestialBodies_CelestialBodyId",
                        column: x => x.CelestialBodyId,
                        principalTable: "CelestialBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialMediaLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SocialMediaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialMediaLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialMediaLinks_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SocialMediaLinks_SocialMediaPlatforms_SocialMediaId",
                        column: x => x.SocialMediaId,
                        principalTable: "SocialMediaPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpaceProgramAgencies",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SpaceProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceProgramAgencies", x => new { x.SpaceProgramId, x.Position });
                    table.ForeignKey(
                        name: "FK_SpaceProgramAgencies_Agencies_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpaceProgramAgencies_SpacePrograms_SpaceProgramId",
                        column: x => x.SpaceProgramId,
                        principalTable: "SpacePrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpaceProgramMissionPatches",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SpaceProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpaceProgramMissionPatches", x => new { x.SpaceProgramId, x.Position });
                    table.ForeignKey(
                        name: "FK_SpaceProgramMissionPatches_MissionPatches_ItemId",
                        column: x => x.ItemId,
                        principalTable: "MissionPatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpaceProgramMissionPatches_SpacePrograms_SpaceProgramId",
                        column: x => x.SpaceProgramId,
                        principalTable: "SpacePrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayloadPrograms",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PayloadId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadPrograms", x => new { x.PayloadId, x.Position });
                    table.ForeignKey(
                        name: "FK_PayloadPrograms_Payloads_PayloadId",
                        column: x => x.PayloadId,
                        principalTable: "Payloads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PayloadPrograms_SpacePrograms_ItemId",
                        column: x => x.ItemId,
                        principalTable: "SpacePrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DockingLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SpacestationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpacecraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    PayloadId = table.Column<int>(type: "INTEGER", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DockingLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DockingLocations_Payloads_PayloadId",
                        column: x => x.PayloadId,
                        principalTable: "Payloads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingLocations_SpaceStations_SpacestationId",
                        column: x => x.SpacestationId,
                        principalTable: "SpaceStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingLocations_SpacecraftConfigurations_SpacecraftId",
                        column: x => x.SpacecraftId,
                        principalTable: "SpacecraftConfigurations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Spacecraft",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    SerialNumber = table.Column<string>(type: "TEXT", nullable: true),
                    IsPlaceholder = table.Column<bool>(type: "INTEGER", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    InSpace = table.Column<bool>(type: "INTEGER", nullable: true),
                    TimeInSpace = table.Column<long>(type: "INTEGER", nullable: true),
                    TimeDocked = table.Column<long>(type: "INTEGER", nullable: true),
                    FlightsCount = table.Column<int>(type: "INTEGER", nullable: true),
                    MissionEndsCount = table.Column<int>(type: "INTEGER", nullable: true),
                    StatusId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    SpacecraftConfigId = table.Column<int>(type: "INTEGER", nullable: true),
                    FastestTurnaround = table.Column<long>(type: "INTEGER", nullable: true),
                    NameSearch = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spacecraft", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spacecraft_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Spacecraft_SpacecraftConfigurations_SpacecraftConfigId",
                        column: x => x.SpacecraftConfigId,
                        principalTable: "SpacecraftConfigurations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Spacecraft_SpacecraftStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "SpacecraftStatuses",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftConfigurationFamilies",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SpacecraftConfigurationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftConfigurationFamilies", x => new { x.SpacecraftConfigurationId, x.Position });
                    table.ForeignKey(
                        name: "FK_SpacecraftConfigurationFamilies_SpacecraftConfigurations_SpacecraftConfigurationId",
                        column: x => x.SpacecraftConfigurationId,
                        principalTable: "SpacecraftConfigurations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpacecraftConfigurationFamilies_SpacecraftFamilies_ItemId",
                        column: x => x.ItemId,
                        principalTable: "SpacecraftFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LandingLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: true),
                    Abbrev = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    SuccessfulLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    AttemptedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    FailedLandings = table.Column<int>(type: "INTEGER", nullable: true),
                    CelestialBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandingLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandingLocations_CelestialBodies_CelestialBodyId",
                        column: x => x.CelestialBodyId,
                        principalTable: "CelestialBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LandingLocations_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LandingLocations_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    InfoUrl = table.Column<string>(type: "TEXT", nullable: true),
                    WikiUrl = table.Column<string>(type: "TEXT", nullable: true),
                    MapUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    MapImage = table.Column<string>(type: "TEXT", nullable: true),
                    TotalLaunchCount = table.Column<int>(type: "INTEGER", nullable: true),
                    OrbitalLaunchAttemptCount = table.Column<int>(type: "INTEGER", nullable: true),
                    FastestTurnaround = table.Column<long>(type: "INTEGER", nullable: true),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pads_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pads_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pads_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Missions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrbitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Missions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Missions_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Missions_Orbits_OrbitId",
                        column: x => x.OrbitId,
                        principalTable: "Orbits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Landings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Attempt = table.Column<bool>(type: "INTEGER", nullable: true),
                    Success = table.Column<bool>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    DownrangeDistance = table.Column<double>(type: "REAL", nullable: true),
                    LandingLocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Landings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Landings_LandingLocations_LandingLocationId",
                        column: x => x.LandingLocationId,
                        principalTable: "LandingLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Landings_LandingTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "LandingTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PadAgencies",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PadId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PadAgencies", x => new { x.PadId, x.Position });
                    table.ForeignKey(
                        name: "FK_PadAgencies_Agencies_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PadAgencies_Pads_PadId",
                        column: x => x.PadId,
                        principalTable: "Pads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InfoUrls",
                columns: table => new
                {
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    FeatureImage = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    LanguageId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoUrls", x => new { x.MissionId, x.Position });
                    table.ForeignKey(
                        name: "FK_InfoUrls_InfoUrlTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "InfoUrlTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InfoUrls_Languages_LanguageId",
                        column: x => x.LanguageId,
                        principalTable: "Languages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InfoUrls_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Launches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", nullable: true),
                    LaunchDesignator = table.Column<string>(type: "TEXT", nullable: true),
                    StatusId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastUpdated = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Net = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NetPrecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Infographic = table.Column<string>(type: "TEXT", nullable: true),
                    Probability = table.Column<int>(type: "INTEGER", nullable: true),
                    WeatherConcerns = table.Column<string>(type: "TEXT", nullable: true),
                    Failreason = table.Column<string>(type: "TEXT", nullable: true),
                    Hashtag = table.Column<string>(type: "TEXT", nullable: true),
                    LaunchServiceProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    RocketId = table.Column<int>(type: "INTEGER", nullable: true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PadId = table.Column<int>(type: "INTEGER", nullable: true),
                    WebcastLive = table.Column<bool>(type: "INTEGER", nullable: true),
                    OrbitalLaunchAttemptCount = table.Column<int>(type: "INTEGER", nullable: true),
                    LocationLaunchAttemptCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PadLaunchAttemptCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyLaunchAttemptCount = table.Column<int>(type: "INTEGER", nullable: true),
                    OrbitalLaunchAttemptCountYear = table.Column<int>(type: "INTEGER", nullable: true),
                    LocationLaunchAttemptCountYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PadLaunchAttemptCountYear = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyLaunchAttemptCountYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Launches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Launches_Agencies_LaunchServiceProviderId",
                        column: x => x.LaunchServiceProviderId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_LaunchStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "LaunchStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_NetPrecisions_NetPrecisionId",
                        column: x => x.NetPrecisionId,
                        principalTable: "NetPrecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_Pads_PadId",
                        column: x => x.PadId,
                        principalTable: "Pads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Launches_Rockets_RocketId",
                        column: x => x.RocketId,
                        principalTable: "Rockets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MissionAgencies",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionAgencies", x => new { x.MissionId, x.Position });
                    table.ForeignKey(
                        name: "FK_MissionAgencies_Agencies_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MissionAgencies_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VidUrls",
                columns: table => new
                {
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    FeatureImage = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    LanguageId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Live = table.Column<bool>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VidUrls", x => new { x.MissionId, x.Position });
                    table.ForeignKey(
                        name: "FK_VidUrls_Languages_LanguageId",
                        column: x => x.LanguageId,
                        principalTable: "Languages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VidUrls_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VidUrls_VidUrlTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "VidUrlTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LaunchPrograms",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    LaunchId = table.Column<string>(type: "TEXT", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaunchPrograms", x => new { x.LaunchId, x.Position });
                    table.ForeignKey(
                        name: "FK_LaunchPrograms_Launches_LaunchId",
                        column: x => x.LaunchId,
                        principalTable: "Launches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LaunchPrograms_SpacePrograms_ItemId",
                        column: x => x.ItemId,
                        principalTable: "SpacePrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayloadFlights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Destination = table.Column<string>(type: "TEXT", nullable: true),
                    Amount = table.Column<int>(type: "INTEGER", nullable: true),
                    PayloadId = table.Column<int>(type: "INTEGER", nullable: true),
                    LaunchId = table.Column<string>(type: "TEXT", nullable: true),
                    LandingId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayloadFlights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayloadFlights_Landings_LandingId",
                        column: x => x.LandingId,
                        principalTable: "Landings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayloadFlights_Launches_LaunchId",
                        column: x => x.LaunchId,
                        principalTable: "Launches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayloadFlights_Payloads_PayloadId",
                        column: x => x.PayloadId,
                        principalTable: "Payloads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpacecraftFlights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Destination = table.Column<string>(type: "TEXT", nullable: true),
                    MissionEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SpacecraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    LaunchId = table.Column<string>(type: "TEXT", nullable: true),
                    LandingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Duration = table.Column<long>(type: "INTEGER", nullable: true),
                    TurnAroundTime = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpacecraftFlights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpacecraftFlights_Landings_LandingId",
                        column: x => x.LandingId,
                        principalTable: "Landings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacecraftFlights_Launches_LaunchId",
                        column: x => x.LaunchId,
                        principalTable: "Launches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpacecraftFlights_Spacecraft_SpacecraftId",
                        column: x => x.SpacecraftId,
                        principalTable: "Spacecraft",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DockingEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Docking = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Departure = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DockingLocationId = table.Column<int>(type: "INTEGER", nullable: true),
                    FlightVehicleChaserId = table.Column<int>(type: "INTEGER", nullable: true),
                    FlightVehicleTargetId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpaceStationChaserId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpaceStationTargetId = table.Column<int>(type: "INTEGER", nullable: true),
                    PayloadFlightChaserId = table.Column<int>(type: "INTEGER", nullable: true),
                    PayloadFlightTargetId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceRank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DockingEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DockingEvents_DockingLocations_DockingLocationId",
                        column: x => x.DockingLocationId,
                        principalTable: "DockingLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_PayloadFlights_PayloadFlightChaserId",
                        column: x => x.PayloadFlightChaserId,
                        principalTable: "PayloadFlights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_PayloadFlights_PayloadFlightTargetId",
                        column: x => x.PayloadFlightTargetId,
                        principalTable: "PayloadFlights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_SpaceStations_SpaceStationChaserId",
                        column: x => x.SpaceStationChaserId,
                        principalTable: "SpaceStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_SpaceStations_SpaceStationTargetId",
                        column: x => x.SpaceStationTargetId,
                        principalTable: "SpaceStations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_SpacecraftFlights_FlightVehicleChaserId",
                        column: x => x.FlightVehicleChaserId,
                        principalTable: "SpacecraftFlights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DockingEvents_SpacecraftFlights_FlightVehicleTargetId",
                        column: x => x.FlightVehicleTargetId,
                        principalTable: "SpacecraftFlights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ImageId",
                table: "Agencies",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_LogoId",
                table: "Agencies",
                column: "LogoId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_SocialLogoId",
                table: "Agencies",
                column: "SocialLogoId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_TypeKey",
                table: "Agencies",
                column: "TypeKey");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyCountries_ItemId",
                table: "AgencyCountries",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyTypes_Id",
                table: "AgencyTypes",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyTypes_Name",
                table: "AgencyTypes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CelestialBodies_ImageId",
                table: "CelestialBodies",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_CelestialBodies_TypeId",
                table: "CelestialBodies",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_Departure",
                table: "DockingEvents",
                column: "Departure");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_Docking",
                table: "DockingEvents",
                column: "Docking");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_DockingLocationId",
                table: "DockingEvents",
                column: "DockingLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_FlightVehicleChaserId",
                table: "DockingEvents",
                column: "FlightVehicleChaserId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_FlightVehicleTargetId",
                table: "DockingEvents",
                column: "FlightVehicleTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_PayloadFlightChaserId",
                table: "DockingEvents",
                column: "PayloadFlightChaserId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_PayloadFlightTargetId",
                table: "DockingEvents",
                column: "PayloadFlightTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_SpaceStationChaserId",
                table: "DockingEvents",
                column: "SpaceStationChaserId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingEvents_SpaceStationTargetId",
                table: "DockingEvents",
                column: "SpaceStationTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingLocations_PayloadId",
                table: "DockingLocations",
                column: "PayloadId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingLocations_SpacecraftId",
                table: "DockingLocations",
                column: "SpacecraftId");

            migrationBuilder.CreateIndex(
                name: "IX_DockingLocations_SpacestationId",
                table: "DockingLocations",
                column: "SpacestationId");

            migrationBuilder.CreateIndex(
                name: "IX_Images_LicenseId",
                table: "Images",
                column: "LicenseId");

            migrationBuilder.CreateIndex(
                name: "IX_ImageVariants_ImageId",
                table: "ImageVariants",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_ImageVariants_TypeId",
                table: "ImageVariants",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_InfoUrls_LanguageId",
                table: "InfoUrls",
                column: "LanguageId");

            migrationBuilder.CreateIndex(
                name: "IX_InfoUrls_TypeId",
                table: "InfoUrls",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LandingLocations_CelestialBodyId",
                table: "LandingLocations",
                column: "CelestialBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_LandingLocations_ImageId",
                table: "LandingLocations",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_LandingLocations_LocationId",
                table: "LandingLocations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Landings_LandingLocationId",
                table: "Landings",
                column: "LandingLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Landings_TypeId",
                table: "Landings",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LauncherConfigurationFamilies_ItemId",
                table: "LauncherConfigurationFamilies",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_ImageId",
                table: "Launches",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_LaunchServiceProviderId",
                table: "Launches",
                column: "LaunchServiceProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_MissionId",
                table: "Launches",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_NetPrecisionId",
                table: "Launches",
                column: "NetPrecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_PadId",
                table: "Launches",
                column: "PadId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_RocketId",
                table: "Launches",
                column: "RocketId");

            migrationBuilder.CreateIndex(
                name: "IX_Launches_StatusId",
                table: "Launches",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_LaunchPrograms_ItemId",
                table: "LaunchPrograms",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_CelestialBodyId",
                table: "Locations",
                column: "CelestialBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_CountryId",
                table: "Locations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_ImageId",
                table: "Locations",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_MissionAgencies_ItemId",
                table: "MissionAgencies",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MissionPatches_AgencyId",
                table: "MissionPatches",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_ImageId",
                table: "Missions",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_OrbitId",
                table: "Missions",
                column: "OrbitId");

            migrationBuilder.CreateIndex(
                name: "IX_Orbits_CelestialBodyId",
                table: "Orbits",
                column: "CelestialBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_PadAgencies_ItemId",
                table: "PadAgencies",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Pads_CountryId",
                table: "Pads",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Pads_ImageId",
                table: "Pads",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Pads_LocationId",
                table: "Pads",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_PayloadFlights_LandingId",
                table: "PayloadFlights",
                column: "LandingId");

            migrationBuilder.CreateIndex(
                name: "IX_PayloadFlights_LaunchId",
                table: "PayloadFlights",
                column: "LaunchId");

            migrationBuilder.CreateIndex(
                name: "IX_PayloadFlights_PayloadId",
                table: "PayloadFlights",
                column: "PayloadId");

            migrationBuilder.CreateIndex(
                name: "IX_PayloadPrograms_ItemId",
                table: "PayloadPrograms",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Payloads_ImageId",
                table: "Payloads",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Payloads_ManufacturerId",
                table: "Payloads",
                column: "ManufacturerId");

            migrationBuilder.CreateIndex(
                name: "IX_Payloads_OperatorId",
                table: "Payloads",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Payloads_TypeId",
                table: "Payloads",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Rockets_ConfigurationId",
                table: "Rockets",
                column: "ConfigurationId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialMediaLinks_AgencyId",
                table: "SocialMediaLinks",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialMediaLinks_SocialMediaId",
                table: "SocialMediaLinks",
                column: "SocialMediaId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialMediaPlatforms_LogoId",
                table: "SocialMediaPlatforms",
                column: "LogoId");

            migrationBuilder.CreateIndex(
                name: "IX_Spacecraft_ImageId",
                table: "Spacecraft",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Spacecraft_SpacecraftConfigId",
                table: "Spacecraft",
                column: "SpacecraftConfigId");

            migrationBuilder.CreateIndex(
                name: "IX_Spacecraft_StatusId",
                table: "Spacecraft",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftConfigurationFamilies_ItemId",
                table: "SpacecraftConfigurationFamilies",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftConfigurations_AgencyId",
                table: "SpacecraftConfigurations",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftConfigurations_ImageId",
                table: "SpacecraftConfigurations",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftConfigurations_TypeId",
                table: "SpacecraftConfigurations",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftFamilies_ManufacturerId",
                table: "SpacecraftFamilies",
                column: "ManufacturerId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftFamilies_ParentId",
                table: "SpacecraftFamilies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftFlights_LandingId",
                table: "SpacecraftFlights",
                column: "LandingId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftFlights_LaunchId",
                table: "SpacecraftFlights",
                column: "LaunchId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftFlights_SpacecraftId",
                table: "SpacecraftFlights",
                column: "SpacecraftId");

            migrationBuilder.CreateIndex(
                name: "IX_SpaceProgramAgencies_ItemId",
                table: "SpaceProgramAgencies",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SpaceProgramMissionPatches_ItemId",
                table: "SpaceProgramMissionPatches",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacePrograms_ImageId",
                table: "SpacePrograms",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_SpacePrograms_TypeId",
                table: "SpacePrograms",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SpaceStations_ImageId",
                table: "SpaceStations",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_VidUrls_LanguageId",
                table: "VidUrls",
                column: "LanguageId");

            migrationBuilder.CreateIndex(
                name: "IX_VidUrls_TypeId",
                table: "VidUrls",
                column: "TypeId");

            // Where a party's docking events are found: one row per side of each event. EF Core
            // does not create views; this is plain SQL that SQLite and PostgreSQL both run.
            migrationBuilder.Sql("""
                CREATE VIEW "DockingEventParties" AS
                SELECT "Id" AS "DockingEventId", 'chaser' AS "Role", "FlightVehicleChaserId" AS "SpacecraftFlightId",
                       "PayloadFlightChaserId" AS "PayloadFlightId", "SpaceStationChaserId" AS "SpaceStationId"
                FROM "DockingEvents"
                UNION ALL
                SELECT "Id", 'target', "FlightVehicleTargetId", "PayloadFlightTargetId", "SpaceStationTargetId"
                FROM "DockingEvents"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW \"DockingEventParties\"");

            migrationBuilder.DropTable(
                name: "AgencyCountries");

            migrationBuilder.DropTable(
                name: "DockingEvents");

            migrationBuilder.DropTable(
                name: "ImageVariants");

            migrationBuilder.DropTable(
                name: "InfoUrls");

            migrationBuilder.DropTable(
                name: "LauncherConfigurationFamilies");

            migrationBuilder.DropTable(
                name: "LaunchPrograms");

            migrationBuilder.DropTable(
                name: "MissionAgencies");

            migrationBuilder.DropTable(
                name: "PadAgencies");

            migrationBuilder.DropTable(
                name: "PayloadPrograms");

            migrationBuilder.DropTable(
                name: "SocialMediaLinks");

            migrationBuilder.DropTable(
                name: "SourceDocuments");

            migrationBuilder.DropTable(
                name: "SpacecraftConfigurationFamilies");

            migrationBuilder.DropTable(
                name: "SpaceProgramAgencies");

            migrationBuilder.DropTable(
                name: "SpaceProgramMissionPatches");

            migrationBuilder.DropTable(
                name: "SyncStates");

            migrationBuilder.DropTable(
                name: "VidUrls");

            migrationBuilder.DropTable(
                name: "DockingLocations");

            migrationBuilder.DropTable(
                name: "PayloadFlights");

            migrationBuilder.DropTable(
                name: "SpacecraftFlights");

            migrationBuilder.DropTable(
                name: "ImageVariantTypes");

            migrationBuilder.DropTable(
                name: "InfoUrlTypes");

            migrationBuilder.DropTable(
                name: "LauncherFamilies");

            migrationBuilder.DropTable(
                name: "SocialMediaPlatforms");

            migrationBuilder.DropTable(
                name: "SpacecraftFamilies");

            migrationBuilder.DropTable(
                name: "MissionPatches");

            migrationBuilder.DropTable(
                name: "SpacePrograms");

            migrationBuilder.DropTable(
                name: "Languages");

            migrationBuilder.DropTable(
                name: "VidUrlTypes");

            migrationBuilder.DropTable(
                name: "SpaceStations");

            migrationBuilder.DropTable(
                name: "Payloads");

            migrationBuilder.DropTable(
                name: "Landings");

            migrationBuilder.DropTable(
                name: "Launches");

            migrationBuilder.DropTable(
                name: "Spacecraft");

            migrationBuilder.DropTable(
                name: "ProgramTypes");

            migrationBuilder.DropTable(
                name: "PayloadTypes");

            migrationBuilder.DropTable(
                name: "LandingLocations");

            migrationBuilder.DropTable(
                name: "LandingTypes");

            migrationBuilder.DropTable(
                name: "LaunchStatuses");

            migrationBuilder.DropTable(
                name: "Missions");

            migrationBuilder.DropTable(
                name: "NetPrecisions");

            migrationBuilder.DropTable(
                name: "Pads");

            migrationBuilder.DropTable(
                name: "Rockets");

            migrationBuilder.DropTable(
                name: "SpacecraftConfigurations");

            migrationBuilder.DropTable(
                name: "SpacecraftStatuses");

            migrationBuilder.DropTable(
                name: "Orbits");

            migrationBuilder.DropTable(
                name: "Locations");

            migrationBuilder.DropTable(
                name: "LauncherConfigurations");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "SpacecraftConfigurationTypes");

            migrationBuilder.DropTable(
                name: "CelestialBodies");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "AgencyTypes");

            migrationBuilder.DropTable(
                name: "CelestialBodyTypes");

            migrationBuilder.DropTable(
                name: "Images");

            migrationBuilder.DropTable(
                name: "ImageLicenses");
        }
    }
}
