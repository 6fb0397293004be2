namespace HealthFlows.Persistence.Tests.Fixtures;

/// <summary>The SQLite stores with group commit off: every commit is its own transaction.</summary>
public sealed class SqliteDirectCommitStoreFixture : SqliteStoreFixture
{
    protected override bool GroupCommit => false;
}
