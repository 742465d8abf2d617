using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ArticleFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleFilings",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    WithArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Likeness = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFilings", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleFilings_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleFilings_Articles_WithArticleId",
                        column: x => x.WithArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleFilings_WithArticleId",
                table: "ArticleFilings",
                column: "WithArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleFilings");
        }
    }
}
