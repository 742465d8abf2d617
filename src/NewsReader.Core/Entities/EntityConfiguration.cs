using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsReader.Entities;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.NormalizedName).HasMaxLength(200);
        builder.HasIndex(e => new { e.Kind, e.NormalizedName }).IsUnique();
        builder.HasIndex(e => e.NormalizedName);
    }
}
