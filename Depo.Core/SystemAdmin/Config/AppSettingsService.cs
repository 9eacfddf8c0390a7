using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.SystemAdmin.Config;

/// <summary>Company name and logo: read by anyone, written by admins (spec identity §1.4–1.5).</summary>
public sealed class AppSettingsService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    private static readonly Filter SettingsFilter = Filter.Eq("slug", AppSettings.SettingsSlug);

    /// <summary>The settings document, or null when none exists (callers show the defaults).</summary>
    public Task<AppSettings?> GetAsync(CancellationToken cancellationToken) =>
        store.FindOneAsync<AppSettings>(SettingsFilter, cancellationToken);

    public async Task<AppSettings> SaveAsync(UpdateAppSettingsInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var errors = InputErrors.Of(input);
        var name = input.CompanyName?.Trim();
        if (input.CompanyLogo is { } logo && !LogoAddress.IsAcceptable(logo))
            errors.Add("company_logo", "company_logo must be a site-relative path or an https:// URL.");
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await GetAsync(cancellationToken);
        var isNew = settings is null;
        settings ??= new AppSettings
        {
            Id = DocumentId.New(),
            Slug = AppSettings.SettingsSlug,
            CompanyName = AppSettings.DefaultCompanyName,
            CompanyLogo = AppSettings.DefaultCompanyLogo,
            CreatedAt = now,
        };
        var before = settings.ToBsonDocument();
        settings.CompanyName = name ?? settings.CompanyName;
        settings.CompanyLogo = input.CompanyLogo ?? settings.CompanyLogo;
        var changed = AuditWriter.FieldChanges(before, settings.ToBsonDocument());
        if (!isNew && changed.ElementCount == 0)
            return settings;
        settings.UpdatedAt = now;
        var changes = isNew ? new ChangeSet().Insert(settings) : new ChangeSet().Replace(settings);
        audit.Add(changes, actor, "settings_updated", "config", settings.Id, new BsonDocument
        {
            ["updated_fields"] = new BsonArray(changed.Names),
            ["changes"] = changed,
        });
        await store.CommitAsync(changes, cancellationToken);
        return settings;
    }

    /// <summary>At start: an older settings document without slug but with company_name is adopted.</summary>
    public async Task AdoptOlderSettingsAsync(CancellationToken cancellationToken)
    {
        if (await GetAsync(cancellationToken) is not null)
            return;
        var older = await store.FindAsync<AppSettings>(
            Query.Where(Filter.IsNull("slug") & Filter.HasValue("company_name"), 1, SortBy.Asc("_id")), cancellationToken);
        if (older.FirstOrDefault() is { } adopted)
            await store.UpdateOneAsync<AppSettings>(Filter.IdIs(adopted.Id), Update.Set("slug", AppSettings.SettingsSlug), upsert: false, cancellationToken);
    }
}
