namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// One 通报, keyed by the server-generated id: drafted from the brigade's data, edited while a draft, then issued under the
/// next number of its brigade and year (<see cref="IDocumentNumberGrain"/>) and frozen.
/// </summary>
public interface IBulletinGrain : IGrainWithStringKey
{
    /// <summary>Keeps the draft as written from the data (title and body given); once only.</summary>
    Task<Bulletin> Draft(Bulletin draft, string actor);

    /// <summary>
    /// Writes the draft from the brigade's data (an inspection and its 整改 items; or units judged by their reports, lights and
    /// 整改) and keeps it; once only.
    /// </summary>
    Task<Bulletin> DraftFromData(BulletinRequest request, string actor);

    /// <summary>Changes a draft's title and body; an issued 通报 never changes (<see cref="ErrorKind.Conflict"/>).</summary>
    Task<Bulletin> Edit(string title, string body, string actor);

    /// <summary>Issues the draft under its number; issuing an issued one answers it unchanged.</summary>
    Task<Bulletin> Issue(string actor);

    Task<Bulletin?> Get();
}
