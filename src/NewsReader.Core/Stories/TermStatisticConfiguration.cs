using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Stories;

internal sealed class TermStatisticConfiguration : IEntityTypeConfiguration<TermStatistic>
{
    public void Configure(EntityTypeBuilder<TermStatistic> builder)
    {
        builder.ToTable("TermStatistics");
        builder.HasKey(t => t.Term);
        builder.Property(t => t.Term).HasMaxLength(100);
    }
}
