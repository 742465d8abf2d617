namespace NewsReader.Entities;

public enum EntityKind
{
    Person,
    Place,
    Organization,
    Event,
}
