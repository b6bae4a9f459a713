using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>Stores <see cref="JobStatus"/> as its lower-case name, readable in the sqlite3 shell.</summary>
public sealed class JobStatusConverter() : ValueConverter<JobStatus, string>(
    v => JobStatusNames.ToText(v),
    v => JobStatusNames.Parse(v));
