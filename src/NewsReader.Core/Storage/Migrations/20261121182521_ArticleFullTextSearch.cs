using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <summary>
    /// Full-text search over article titles and texts: an FTS5 table with external content (the Articles table
    /// holds the text once), kept in step by triggers, and filled from the articles already stored.
    /// See docs/search.md.
    /// </summary>
    public partial class ArticleFullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Title, Text,
                    content='Articles', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_AfterInsert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleSearch(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_AfterDelete AFTER DELETE ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleSearch_AfterUpdate AFTER UPDATE OF Title, Text ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Text) VALUES ('delete', old.Id, old.Title, old.Text);
                    INSERT INTO ArticleSearch(rowid, Title, Text) VALUES (new.Id, new.Title, new.Text);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_AfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ArticleSearch_AfterInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
