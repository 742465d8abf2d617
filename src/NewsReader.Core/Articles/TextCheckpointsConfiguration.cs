using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Articles;

/// <summary>
/// In a table of their own: a column added to Articles would sit after Text, and SQLite reads a row's columns in
/// order, through all of a huge text's overflow pages to reach one stored after it.
/// </summary>
internal sealed class TextCheckpointsConfiguration : IEntityTypeConfiguration<TextCheckpoints>
{
    public void Configure(EntityTypeBuilder<TextCheckpoints> builder)
    {
        builder.HasKey(c => c.ArticleId);
        builder.HasOne(c => c.Article).WithOne().HasForeignKey<TextCheckpoints>(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
