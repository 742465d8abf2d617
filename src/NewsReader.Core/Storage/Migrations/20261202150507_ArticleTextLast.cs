using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <summary>
    /// Rebuilds Articles with Text as its last column. SQLite reads a row's columns in order, and a long text spills
    /// into overflow pages: Title, stored after Text since the first migration, was reached through all of them (every
    /// page listing the 4.8 MB article's headline walked 1,200 pages; a 2,000-word article's, three). The rows keep
    /// their ids, so the full-text index (external content, by rowid) stays valid; indexes and triggers are made
    /// again, and the id sequence is kept. Foreign keys are off for the swap (as EF Core's own table rebuilds do),
    /// or dropping the old table would delete every row that refers to it. A column added to Articles later would go
    /// after Text again: DatabaseInitializerTests checks that Text stays last.
    /// </summary>
    public partial class ArticleTextLast : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, ["Title", "TitleDerived", "Outlet", "PublishedAt", "Source", "ContentHash", "IngestedAt", "StoryId", "CopyOfId", "Terms", "Text"]);

        /// <summary>Back to the order the earlier migrations made: by name, Text before Title.</summary>
        protected override void Down(MigrationBuilder migrationBuilder) =>
            Rebuild(migrationBuilder, ["ContentHash", "CopyOfId", "IngestedAt", "Outlet", "PublishedAt", "Source", "StoryId", "Terms", "Text", "Title", "TitleDerived"]);

        private static readonly Dictionary<string, string> Definitions = new()
        {
            ["Title"] = "TEXT NOT NULL",
            ["TitleDerived"] = "INTEGER NOT NULL DEFAULT 0",
            ["Outlet"] = "TEXT NULL",
            ["PublishedAt"] = "TEXT NULL",
            ["Source"] = "TEXT NOT NULL",
            ["ContentHash"] = "TEXT NOT NULL",
            ["IngestedAt"] = "TEXT NOT NULL",
            ["StoryId"] = "INTEGER NULL",
            ["CopyOfId"] = "INTEGER NULL",
            ["Terms"] = "TEXT NOT NULL",
            ["Text"] = "TEXT NOT NULL",
        };

        private static void Rebuild(MigrationBuilder migrationBuilder, string[] columns)
        {
            var definitions = string.Join(",\n", columns.Select(c => $"    \"{c}\" {Definitions[c]}"));
            var names = string.Join(", ", columns.Prepend("Id").Select(c => $"\"{c}\""));
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_Articles" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
                {definitions},
                    CONSTRAINT "FK_Articles_Articles_CopyOfId" FOREIGN KEY ("CopyOfId") REFERENCES "Articles" ("Id") ON DELETE SET NULL,
                    CONSTRAINT "FK_Articles_Stories_StoryId" FOREIGN KEY ("StoryId") REFERENCES "Stories" ("Id") ON DELETE SET NULL
                );
                """);
            migrationBuilder.Sql($"""INSERT INTO "ef_temp_Articles" ({names}) SELECT {names} FROM "Articles";""");
            migrationBuilder.Sql("""
                UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'Articles')
                WHERE name = 'ef_temp_Articles' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'Articles');
                """);
            migrationBuilder.Sql("""DROP TABLE "Articles";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Articles" RENAME TO "Articles";""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_CopyOfId" ON "Articles" ("CopyOfId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_IngestedAt" ON "Articles" ("IngestedAt");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_StoryId" ON "Articles" ("StoryId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_Title" ON "Articles" ("Title");""");
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
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
        }
    }
}
