using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <summary>
    /// Full-text search by English stems: the index is rebuilt with FTS5's porter tokenizer over the same folding
    /// (unicode61, accents removed), so "air defenses" finds "air defense" and queries are stemmed the same way. The
    /// triggers that keep the index in step with Articles name the table, not its tokenizer, and stay as they are.
    /// See docs/search.md.
    /// </summary>
    public partial class PorterStemmedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "porter unicode61 remove_diacritics 2");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "unicode61 remove_diacritics 2");

        private static void Recreate(MigrationBuilder migrationBuilder, string tokenizer)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Title, Text,
                    content='Articles', content_rowid='Id',
                    tokenize='{tokenizer}');
                """);
            migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        }
    }
}
