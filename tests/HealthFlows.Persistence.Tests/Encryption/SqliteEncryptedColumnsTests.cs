using System.Security.Cryptography;
using HealthFlows.Persistence.Encryption;
using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Migrations;
using HealthFlows.Persistence.Stores;
using HealthFlows.Persistence.Tests.Fixtures;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Stores;
using HealthFlows.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Persistence.Tests.Encryption;

/// <summary>The payload columns over a real SQLite file, read back raw (not through EF) to prove what is on disk.</summary>
public sealed class SqliteEncryptedColumnsTests : IDisposable
{
    private const string Patient = "EVERYWOMAN^EVE";

    private static readonly PayloadEncryptionKey KeyA = new("key-a", RandomNumberGenerator.GetBytes(32));
    private static readonly PayloadEncryptionKey KeyB = new("key-b", RandomNumberGenerator.GetBytes(32));

    private readonly TempDirectory directory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CommitAsync_PayloadsWithPatientData_AreCiphertextOnDiskAndPlainThroughTheStore()
    {
        await using var services = await StartAsync(new PayloadProtector([KeyA], "key-a"));
        var instance = PatientInstance();
        var bookmark = TestData.Bookmark(instance, TestData.Epoch);
        bookmark.Data = TestData.Json($$"""{"patient":"{{Patient}}"}""");
        await services.GetRequiredService<IWorkflowInstanceStore>().CommitAsync(TestData.Commit(instance, journal: [PatientJournal(instance)], created: [bookmark]), Ct);
        await services.GetRequiredService<IDeadLetterStore>().AddAsync(DeadLetterOf(instance), Ct);

        var cells = await RawCellsAsync();

        Assert.DoesNotContain(cells, c => c.Contains("EVERYWOMAN", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("hfe1:key-a:", StringComparison.Ordinal));
        var stored = await services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instance.Id, Ct);
        Assert.Contains(Patient, stored!.Input!.Value.GetRawText());
        Assert.Contains(Patient, (await services.GetRequiredService<IWorkflowInstanceStore>().GetJournalAsync(instance.Id, Ct))[0].Inputs!.Value.GetRawText());
        Assert.Contains(Patient, (await services.GetRequiredService<IBookmarkStore>().FindAsync(bookmark.Id, Ct))!.Data!.Value.GetRawText());
        Assert.Contains(Patient, (await services.GetRequiredService<IDeadLetterStore>().FindAsync("dl-" + instance.Id, Ct))!.Payload!.Value.GetRawText());
    }

    [Fact]
    public async Task FindAsync_RowWrittenBeforeEncryptionWasOn_StillReads()
    {
        var instance = PatientInstance();
        await using (var plain = await StartAsync(encryption: null))
        {
            await plain.GetRequiredService<IWorkflowInstanceStore>().CommitAsync(TestData.Commit(instance, journal: [PatientJournal(instance)]), Ct);
        }

        await using var encrypted = await StartAsync(new PayloadProtector([KeyA], "key-a"));

        var stored = await encrypted.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instance.Id, Ct);
        Assert.Contains(Patient, stored!.Input!.Value.GetRawText());
    }

    [Fact]
    public async Task FindAsync_CiphertextAlteredOnDisk_ThrowsInsteadOfReadingGarbage()
    {
        await using var services = await StartAsync(new PayloadProtector([KeyA], "key-a"));
        var instance = PatientInstance();
        await services.GetRequiredService<IWorkflowInstanceStore>().CommitAsync(TestData.Commit(instance), Ct);
        await ExecuteRawAsync("UPDATE WorkflowInstances SET Input = substr(Input, 1, length(Input) - 8) || 'AAAAAAA=' WHERE Id = $id", instance.Id);

        await Assert.ThrowsAsync<CryptographicException>(() => services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instance.Id, Ct));
    }

    [Fact]
    public async Task ReencryptAsync_AfterRotation_RewritesEveryPayloadUnderTheNewKeySoTheOldOneCanGo()
    {
        var instance = PatientInstance();
        await using (var before = await StartAsync(new PayloadProtector([KeyA], "key-a")))
        {
            await before.GetRequiredService<IWorkflowInstanceStore>().CommitAsync(TestData.Commit(instance, journal: [PatientJournal(instance)]), Ct);
            await before.GetRequiredService<IRawMessageStore>().AddAsync(RawMessage(instance.Id, TestData.Epoch), Ct);
        }

        await using (var rotating = await StartAsync(new PayloadProtector([KeyA, KeyB], "key-b")))
        {
            var counts = await rotating.GetRequiredService<PayloadReencryptor>().ReencryptAsync(Ct);
            Assert.Equal(1, counts["WorkflowInstances"]);
            Assert.Equal(1, counts["JournalEntries"]);
            Assert.Equal(1, counts["RawMessages"]);
        }

        Assert.DoesNotContain(await RawCellsAsync(), c => c.StartsWith("hfe1:key-a:", StringComparison.Ordinal));
        await using var after = await StartAsync(new PayloadProtector([KeyB], "key-b"));
        Assert.Contains(Patient, (await after.GetRequiredService<IWorkflowInstanceStore>().GetJournalAsync(instance.Id, Ct))[0].Inputs!.Value.GetRawText());
        Assert.Equal("MSH|EVERYWOMAN"u8.ToArray(), Assert.Single(await after.GetRequiredService<IRawMessageStore>().ListForInstanceAsync(instance.Id, Ct)).Body);
    }

    [Fact]
    public async Task DeleteReceivedBeforeAsync_ExpiredAndFreshMessages_DeletesOnlyExpiredInBatches()
    {
        await using var services = await StartAsync(new PayloadProtector([KeyA], "key-a"));
        var store = services.GetRequiredService<IRawMessageStore>();
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(RawMessage("old", TestData.Epoch.AddMinutes(i)), Ct);
        }

        await store.AddAsync(RawMessage("fresh", TestData.Epoch.AddDays(10)), Ct);

        Assert.Equal(3, await store.DeleteReceivedBeforeAsync(TestData.Epoch.AddDays(1), 3, Ct));
        Assert.Equal(2, await store.DeleteReceivedBeforeAsync(TestData.Epoch.AddDays(1), 3, Ct));
        Assert.Equal(0, await store.DeleteReceivedBeforeAsync(TestData.Epoch.AddDays(1), 3, Ct));
        Assert.Empty(await store.ListForInstanceAsync("old", Ct));
        Assert.Single(await store.ListForInstanceAsync("fresh", Ct));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    private async Task<ServiceProvider> StartAsync(PayloadProtector? encryption)
    {
        var options = new PersistenceOptions { DataDirectory = directory.Path, Encryption = encryption };
        var services = new ServiceCollection().AddHealthFlowsPersistence(options).BuildServiceProvider();
        await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Ct);
        return services;
    }

    private static Runtime.Instances.WorkflowInstance PatientInstance()
    {
        var instance = TestData.Instance(TestData.NewId("def"), TestData.Epoch);
        instance.Input = TestData.Json($$"""{"message":"PID|1||PX884422||{{Patient}}"}""");
        return instance;
    }

    private static Runtime.Instances.JournalEntry PatientJournal(Runtime.Instances.WorkflowInstance instance)
    {
        var entry = TestData.Journal(instance, 1, TestData.Epoch);
        entry.Inputs = TestData.Json($$"""{"name":"{{Patient}}"}""");
        entry.Outputs = TestData.Json($$"""{"family":"{{Patient}}"}""");
        return entry;
    }

    private static DeadLetter DeadLetterOf(Runtime.Instances.WorkflowInstance instance) => new()
    {
        Id = "dl-" + instance.Id,
        InstanceId = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = 1,
        NodeId = "retry",
        RetriedNodeId = "post",
        Payload = TestData.Json($$"""{"patient":"{{Patient}}"}"""),
        Errors = [new DeadLetterError(1, TestData.Epoch, TestData.Json($$"""{"detail":"{{Patient}}"}"""))],
        CreatedAt = TestData.Epoch,
    };

    private static RawMessageRecord RawMessage(string instanceId, DateTimeOffset at) => new()
    {
        Id = TestData.NewId("raw"),
        InstanceId = instanceId,
        Source = "mllp",
        Endpoint = "2575",
        ReceivedAt = at,
        Body = "MSH|EVERYWOMAN"u8.ToArray(),
    };

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(HealthFlowsDbContextOptions.SqliteConnectionString(new PersistenceOptions { DataDirectory = directory.Path }));
        connection.Open();
        return connection;
    }

    private async Task ExecuteRawAsync(string sql, string id)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
    }

    /// <summary>Every text cell, and every blob as Latin-1 text, of the payload tables.</summary>
    private async Task<IReadOnlyList<string>> RawCellsAsync()
    {
        var cells = new List<string>();
        await using var connection = Open();
        foreach (var table in new[] { "WorkflowInstances", "JournalEntries", "Bookmarks", "DeadLetters", "RawMessages" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    switch (reader.GetValue(i))
                    {
                        case string text:
                            cells.Add(text);
                            break;
                        case byte[] bytes:
                            cells.Add(System.Text.Encoding.Latin1.GetString(bytes));
                            break;
                    }
                }
            }
        }

        return cells;
    }
}
