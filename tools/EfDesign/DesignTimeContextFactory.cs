using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsReader.Storage;

namespace NewsReader.Tools.EfDesign;

/// <summary>Gives `dotnet ef` a context over a scratch database; migrations are generated, never applied, here.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<NewsReaderDbContext>
{
    public NewsReaderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsReaderDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(NewsReaderDbContext).Assembly.GetName().Name))
            .Options);
}
