namespace NewsReader.Entities.Recognition;

/// <summary>The seeds' people, places and organisations, which every recognizer must find.</summary>
public static class SeedEntityExpectations
{
    public const string Seed000 = "000_74888a945cd2ecf2.txt";
    public const string Seed004 = "004_d7be26c49e3a6d0f.txt";

    /// <summary>
    /// Every person, place and organisation of ../shared/seeds/expected.json: a surface form as written, its kind,
    /// and its canonical name. "Senate" stays "Senate": naming it "Senate of Italy" needs the context that entity
    /// linking (issue 4) brings.
    /// </summary>
    public static TheoryData<string, string, EntityKind, string> All => new()
    {
        { Seed000, "Jake Sullivan", EntityKind.Person, "Jake Sullivan" },
        { Seed000, "Sullivan", EntityKind.Person, "Jake Sullivan" },
        { Seed000, "Yoav Gallant", EntityKind.Person, "Yoav Gallant" },
        { Seed000, "Benjamin Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed000, "Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed000, "Joe Biden", EntityKind.Person, "Joe Biden" },
        { Seed000, "Biden", EntityKind.Person, "Joe Biden" },
        { Seed000, "Karine Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed000, "Washington", EntityKind.Place, "Washington, D.C." },
        { Seed000, "Rafah", EntityKind.Place, "Rafah" },
        { Seed000, "Gaza", EntityKind.Place, "Gaza Strip" },
        { Seed000, "Israel", EntityKind.Place, "Israel" },
        { Seed000, "U.S.", EntityKind.Place, "United States" },
        { Seed000, "Raleigh", EntityKind.Place, "Raleigh" },
        { Seed000, "North Carolina", EntityKind.Place, "North Carolina" },
        { Seed000, "White House", EntityKind.Organization, "White House" },
        { Seed000, "Hamas", EntityKind.Organization, "Hamas" },
        { Seed000, "UN", EntityKind.Organization, "United Nations" },
        { Seed004, "Benjamin Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed004, "Netanyahu", EntityKind.Person, "Benjamin Netanyahu" },
        { Seed004, "Joe Biden", EntityKind.Person, "Joe Biden" },
        { Seed004, "Karine Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed004, "Jean-Pierre", EntityKind.Person, "Karine Jean-Pierre" },
        { Seed004, "Giorgia Meloni", EntityKind.Person, "Giorgia Meloni" },
        { Seed004, "Meloni", EntityKind.Person, "Giorgia Meloni" },
        { Seed004, "Rafah", EntityKind.Place, "Rafah" },
        { Seed004, "Gaza", EntityKind.Place, "Gaza Strip" },
        { Seed004, "Washington", EntityKind.Place, "Washington, D.C." },
        { Seed004, "US", EntityKind.Place, "United States" },
        { Seed004, "Israel", EntityKind.Place, "Israel" },
        { Seed004, "Cyprus", EntityKind.Place, "Cyprus" },
        { Seed004, "White House", EntityKind.Organization, "White House" },
        { Seed004, "Hamas", EntityKind.Organization, "Hamas" },
        { Seed004, "Senate", EntityKind.Organization, "Senate" },
    };

}
