using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Layers",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Layers", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Pipelines",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Color = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pipelines", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    FullTitle = table.Column<string>(type: "TEXT", nullable: true),
                    Authors = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    DateAdded = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: true),
                    Difficulty = table.Column<string>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Draft = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    Identifiers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Stacks",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stacks", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Tools",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Homepage = table.Column<string>(type: "TEXT", nullable: true),
                    Repository = table.Column<string>(type: "TEXT", nullable: true),
                    License = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tools", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Components",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    LayerSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Components", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_Components_Layers_LayerSlug",
                        column: x => x.LayerSlug,
                        principalTable: "Layers",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Requirements",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    LayerSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Priority = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requirements", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Requirements_Layers_LayerSlug",
                        column: x => x.LayerSlug,
                        principalTable: "Layers",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PipelineStages",
                columns: table => new
                {
                    PipelineSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineStages", x => new { x.PipelineSlug, x.Order });
                    table.ForeignKey(
                        name: "FK_PipelineStages_Pipelines_PipelineSlug",
                        column: x => x.PipelineSlug,
                        principalTable: "Pipelines",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StackTools",
                columns: table => new
                {
                    StackSlug = table.Column<string>(type: "TEXT", nullable: false),
                    ToolSlug = table.Column<string>(type: "TEXT", nullable: false),
                    ComponentSlug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StackTools", x => new { x.StackSlug, x.ToolSlug, x.ComponentSlug });
                    table.ForeignKey(
                        name: "FK_StackTools_Components_ComponentSlug",
                        column: x => x.ComponentSlug,
                        principalTable: "Components",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StackTools_Stacks_StackSlug",
                        column: x => x.StackSlug,
                        principalTable: "Stacks",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StackTools_Tools_ToolSlug",
                        column: x => x.ToolSlug,
                        principalTable: "Tools",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ToolCoverage",
                columns: table => new
                {
                    ToolSlug = table.Column<string>(type: "TEXT", nullable: false),
                    ComponentSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolCoverage", x => new { x.ToolSlug, x.ComponentSlug });
                    table.ForeignKey(
                        name: "FK_ToolCoverage_Components_ComponentSlug",
                        column: x => x.ComponentSlug,
                        principalTable: "Components",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ToolCoverage_Tools_ToolSlug",
                        column: x => x.ToolSlug,
                        principalTable: "Tools",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    StackSlug = table.Column<string>(type: "TEXT", nullable: false),
                    RequirementCode = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => new { x.StackSlug, x.RequirementCode });
                    table.ForeignKey(
                        name: "FK_ChecklistItems_Requirements_RequirementCode",
                        column: x => x.RequirementCode,
                        principalTable: "Requirements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChecklistItems_Stacks_StackSlug",
                        column: x => x.StackSlug,
                        principalTable: "Stacks",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementComponents",
                columns: table => new
                {
                    RequirementCode = table.Column<string>(type: "TEXT", nullable: false),
                    ComponentSlug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementComponents", x => new { x.RequirementCode, x.ComponentSlug });
                    table.ForeignKey(
                        name: "FK_RequirementComponents_Components_ComponentSlug",
                        column: x => x.ComponentSlug,
                        principalTable: "Components",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequirementComponents_Requirements_RequirementCode",
                        column: x => x.RequirementCode,
                        principalTable: "Requirements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementSources",
                columns: table => new
                {
                    RequirementCode = table.Column<string>(type: "TEXT", nullable: false),
                    SourceSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementSources", x => new { x.RequirementCode, x.SourceSlug });
                    table.ForeignKey(
                        name: "FK_RequirementSources_Requirements_RequirementCode",
                        column: x => x.RequirementCode,
                        principalTable: "Requirements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequirementSources_Sources_SourceSlug",
                        column: x => x.SourceSlug,
                        principalTable: "Sources",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageComponents",
                columns: table => new
                {
                    PipelineSlug = table.Column<string>(type: "TEXT", nullable: false),
                    StageOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ComponentSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageComponents", x => new { x.PipelineSlug, x.StageOrder, x.ComponentSlug });
                    table.ForeignKey(
                        name: "FK_StageComponents_Components_ComponentSlug",
                        column: x => x.ComponentSlug,
                        principalTable: "Components",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageComponents_PipelineStages_PipelineSlug_StageOrder",
                        columns: x => new { x.PipelineSlug, x.StageOrder },
                        principalTable: "PipelineStages",
                        principalColumns: new[] { "PipelineSlug", "Order" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_RequirementCode",
                table: "ChecklistItems",
                column: "RequirementCode");

            migrationBuilder.CreateIndex(
                name: "IX_Components_LayerSlug_Order",
                table: "Components",
                columns: new[] { "LayerSlug", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Layers_Order",
                table: "Layers",
                column: "Order");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementComponents_ComponentSlug",
                table: "RequirementComponents",
                column: "ComponentSlug");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementSources_SourceSlug",
                table: "RequirementSources",
                column: "SourceSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_LayerSlug",
                table: "Requirements",
                column: "LayerSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Year",
                table: "Sources",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_StackTools_ComponentSlug",
                table: "StackTools",
                column: "ComponentSlug");

            migrationBuilder.CreateIndex(
                name: "IX_StackTools_ToolSlug",
                table: "StackTools",
                column: "ToolSlug");

            migrationBuilder.CreateIndex(
                name: "IX_StageComponents_ComponentSlug",
                table: "StageComponents",
                column: "ComponentSlug");

            migrationBuilder.CreateIndex(
                name: "IX_ToolCoverage_ComponentSlug",
                table: "ToolCoverage",
                column: "ComponentSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogState");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

            migrationBuilder.DropTable(
                name: "RequirementComponents");

            migrationBuilder.DropTable(
                name: "RequirementSources");

            migrationBuilder.DropTable(
                name: "StackTools");

            migrationBuilder.DropTable(
                name: "StageComponents");

            migrationBuilder.DropTable(
                name: "ToolCoverage");

            migrationBuilder.DropTable(
                name: "Requirements");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Stacks");

            migrationBuilder.DropTable(
                name: "PipelineStages");

            migrationBuilder.DropTable(
                name: "Components");

            migrationBuilder.DropTable(
                name: "Tools");

            migrationBuilder.DropTable(
                name: "Pipelines");

            migrationBuilder.DropTable(
                name: "Layers");
        }
    }
}
