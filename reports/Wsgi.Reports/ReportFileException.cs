namespace Wsgi.Reports;

/// <summary>A results or baseline file that cannot be read: the message names the file, what was wrong and what to do.</summary>
public sealed class ReportFileException(string message) : Exception(message);
