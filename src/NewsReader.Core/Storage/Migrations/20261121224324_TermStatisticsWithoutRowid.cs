using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <summary>
    /// TermStatistics becomes a WITHOUT ROWID table: the term is the key of the one b-tree that holds the count, so a
    /// lookup or an upsert touches one b-tree, not an index and then the table (docs/stories.md). The model does not
    /// change; a later migration that rebuilds this table must keep WITHOUT ROWID.
    /// </summary>
    public partial class TermStatisticsWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "TermStatistics_rebuilt" (
                    "Term" TEXT NOT NULL CONSTRAINT "PK_TermStatistics" PRIMARY KEY,
                    "Articles" INTEGER NOT NULL
                ) {options};
                """);
            migrationBuilder.Sql("""INSERT INTO "TermStatistics_rebuilt" ("Term", "Articles") SELECT "Term", "Articles" FROM "TermStatistics";""");
            migrationBuilder.Sql("""DROP TABLE "TermStatistics";""");
            migrationBuilder.Sql("""ALTER TABLE "TermStatistics_rebuilt" RENAME TO "TermStatistics";""");
        }
    }
}
