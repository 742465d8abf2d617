using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ArticleOrigins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleOrigins",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Byline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleOrigins", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleOrigins_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Articles read from the web before this kept their address only as their source.
            migrationBuilder.Sql(
                "INSERT INTO ArticleOrigins (ArticleId, Url) SELECT Id, Source FROM Articles "
                + "WHERE (Source LIKE 'http://%' OR Source LIKE 'https://%') AND length(Source) <= 2048;");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt",
                table: "Articles",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleOrigins");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt",
                table: "Articles");
        }
    }
}
