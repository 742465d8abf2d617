namespace NewsReader.TestSupport;

/// <summary>
/// Tests that measure what the whole process allocates run in this collection, after and apart from every other
/// test, so no other test's work is counted in their figures.
/// </summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
