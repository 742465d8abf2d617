// Nothing to run: this project exists so `dotnet ef` has a startup project that references EF Core's design-time
// assembly. Usage: dotnet ef migrations add <Name> --project src/NewsReader.Core --startup-project tools/EfDesign
Console.WriteLine("Design-time host for dotnet ef; see docs/decisions/0001-migrations-tooling.md.");
