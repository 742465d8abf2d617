using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MentionsByEntityArticleStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_ArticleId_Start",
                table: "Mentions",
                columns: new[] { "EntityId", "ArticleId", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_EntityId_ArticleId_Start",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId_ArticleId",
                table: "Mentions",
                columns: new[] { "EntityId", "ArticleId" });
        }
    }
}
