namespace NewsReader.TestSupport;

/// <summary>
/// A test that reads data from ../shared beside the repository (CoNLL-2003, the dev corpus). A user's fresh clone
/// has no ../shared: there it is skipped and says why. On CI (CI=true) ../shared is always present.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (RepositoryPaths.Shared is null)
        {
            Skip = "needs ../shared beside the repository (CoNLL-2003 and the dev corpus), which a fresh clone has not";
        }
    }
}
