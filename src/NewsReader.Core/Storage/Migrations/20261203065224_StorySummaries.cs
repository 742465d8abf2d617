using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StorySummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LastArticleId",
                table: "Stories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestPublishedAt",
                table: "Stories",
                type: "TEXT",
                nullable: true);

            // Stories filed before this release: their summaries from their articles, as StoryAssigner keeps them.
            migrationBuilder.Sql(
                "UPDATE Stories SET "
                + "ArticleCount = (SELECT count(*) FROM Articles WHERE Articles.StoryId = Stories.Id), "
                + "LatestPublishedAt = (SELECT max(PublishedAt) FROM Articles WHERE Articles.StoryId = Stories.Id), "
                + "LastArticleId = coalesce((SELECT max(Id) FROM Articles WHERE Articles.StoryId = Stories.Id), 0);");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_LatestPublishedAt_LastArticleId",
                table: "Stories",
                columns: new[] { "LatestPublishedAt", "LastArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stories_LatestPublishedAt_LastArticleId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "LastArticleId",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "LatestPublishedAt",
                table: "Stories");
        }
    }
}
