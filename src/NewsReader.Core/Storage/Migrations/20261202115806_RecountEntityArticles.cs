using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <summary>
    /// Data only: every entity's article count recounted from its mentions. Folding a bare surname into a full name
    /// moved the mentions but not their articles' count, so stores written before the fix held counts that drifted low.
    /// </summary>
    public partial class RecountEntityArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "UPDATE Entities SET ArticleCount = (SELECT COUNT(DISTINCT m.ArticleId) FROM Mentions m WHERE m.EntityId = Entities.Id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The recount is correct under the earlier schema too: nothing to undo.
        }
    }
}
