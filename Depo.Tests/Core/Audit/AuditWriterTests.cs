using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Storage;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Bson;

namespace Depo.Tests.Core.Audit;

public sealed class AuditWriterTests
{
    [Fact]
    public void FieldChanges_ChangedAddedAndRemovedFields_AreReportedWithOldAndNew()
    {
        var before = new BsonDocument { ["name"] = "Acme", ["logo"] = "/a.svg", ["gone"] = 1 };
        var after = new BsonDocument { ["name"] = "Acme SRL", ["logo"] = "/a.svg", ["added"] = true };

        var changes = AuditWriter.FieldChanges(before, after);

        Assert.Equal(new BsonDocument
        {
            ["name"] = new BsonDocument { ["old"] = "Acme", ["new"] = "Acme SRL" },
            ["gone"] = new BsonDocument { ["old"] = 1, ["new"] = BsonNull.Value },
            ["added"] = new BsonDocument { ["old"] = BsonNull.Value, ["new"] = true },
        }, changes);
    }

    [Fact]
    public void FieldChanges_OnlyIdVersionAndUpdatedAtDiffer_IsEmpty()
    {
        var before = new BsonDocument { ["_id"] = ObjectId.GenerateNewId(), ["version"] = 1, ["updated_at"] = DateTime.UnixEpoch, ["a"] = 1 };
        var after = new BsonDocument { ["_id"] = ObjectId.GenerateNewId(), ["version"] = 2, ["updated_at"] = DateTime.UtcNow, ["a"] = 1 };

        Assert.Equal(0, AuditWriter.FieldChanges(before, after).ElementCount);
    }

    [Fact]
    public void FieldChanges_MissingAndNull_AreTheSame()
    {
        var changes = AuditWriter.FieldChanges(new BsonDocument(), new BsonDocument { ["a"] = BsonNull.Value });

        Assert.Equal(0, changes.ElementCount);
    }

    [Fact]
    public void FieldChanges_NestedValues_ComparedByValue()
    {
        var before = new BsonDocument { ["items"] = new BsonArray { "a", "b" } };
        var after = new BsonDocument { ["items"] = new BsonArray { "a", "b" } };

        Assert.Equal(0, AuditWriter.FieldChanges(before, after).ElementCount);
        Assert.Equal(["items"], AuditWriter.FieldChanges(before, new BsonDocument { ["items"] = new BsonArray { "b", "a" } }).Names);
    }

    [Fact]
    public void Add_Always_InsertsOneEntryWithTheActorAndTheClock()
    {
        var now = new DateTimeOffset(2026, 1, 15, 9, 0, 0, 123, TimeSpan.Zero);
        var writer = new AuditWriter(new FakeTimeProvider(now));
        var changes = new ChangeSet();
        var actor = new Actor { Username = "ana", IpAddress = "10.0.0.1", UserAgent = "tests" };

        var entry = writer.Add(changes, actor, "user_created", "user", "693b354dc9066a25734b55b7");

        var insert = Assert.IsType<InsertOperation>(Assert.Single(changes.Operations));
        Assert.Same(entry, insert.Document);
        Assert.Equal(("user_created", "ana", "10.0.0.1", "tests"), (entry.Action, entry.Username, entry.IpAddress, entry.UserAgent));
        Assert.Equal(("user", "693b354dc9066a25734b55b7"), (entry.ResourceType, entry.ResourceId));
        Assert.Equal(now.UtcDateTime, entry.Timestamp);
        Assert.Equal(0, entry.Details.ElementCount);
        Assert.True(DocumentId.IsValid(entry.Id));
    }
}
