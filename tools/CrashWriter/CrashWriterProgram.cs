using Depo.Core.Storage;
using Depo.Infrastructure.LiteDb;

namespace Depo.CrashWriter;

/// <summary>
/// Commits change sets into a LiteDB file until it is killed, printing each committed sequence
/// number: an insert into each of two collections and a counter increment per change set.
/// LiteDbCrashTests kills it mid-stream and checks that every change set is whole or absent.
/// </summary>
public static class CrashWriterProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync("usage: dotnet Depo.CrashWriter.dll <litedb file>");
            return 2;
        }
        CrashDocuments.Register();
        using var store = new LiteDbStore(args[0]);
        var counter = new CrashCounter();
        await store.InsertAsync(counter, CancellationToken.None);
        for (var sequence = 1; ; sequence++)
        {
            var changes = new ChangeSet()
                .Insert(new CrashRecordA { Sequence = sequence })
                .Insert(new CrashRecordB { Sequence = sequence })
                .Update<CrashCounter>(Filter.IdIs(counter.Id), Update.Increment("count", 1));
            await store.CommitAsync(changes, CancellationToken.None);
            Console.WriteLine(sequence);
        }
    }
}
