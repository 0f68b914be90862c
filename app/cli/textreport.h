#pragma once

#include <QByteArray>
#include <QString>

namespace wirescope {
struct Exchange;
struct Timings;
struct TlsInfo;
} // namespace wirescope

namespace wirescope::cli {

/// How the human report of `wirescope-cli send` is drawn.
struct TextReportOptions
{
    bool color = false;     ///< ANSI colours (only when stdout is a terminal)
    QString outputFile;     ///< -o FILE: the body is never printed, a note says where it went
    bool bodySaved = false; ///< the body was written to outputFile
    int barWidth = 40;      ///< width of the timing waterfall's bars
};

/// Status line and response headers (the raw transcript form), a blank line after.
QString responseHeadSection(const Exchange &exchange, const TextReportOptions &options);

/// The timing waterfall: one row per phase with its milliseconds and a bar placed on a
/// timeline scaled to the total; "n/a" for a phase not measured, "reused connection" for the
/// connection phases of a kept-alive connection. @p tls tells whether TLS was involved.
QString timingSection(const Timings &timings, bool tls, const TextReportOptions &options);

/// Protocol, cipher, ALPN, verification (every error, accepted or not) and the peer chain.
QString tlsSection(const TlsInfo &tls, const TextReportOptions &options);

/// True when the body should not be printed on a terminal: a non-text content type, or
/// (with no telling type) bytes that are not UTF-8 text. @p head is the body's first bytes.
bool looksBinary(const QByteArray &head, const QString &contentType);

/// Writes the whole human report to standard output: head, body (streamed; or a note when it
/// is binary or was saved with -o), redirects, timing waterfall, TLS summary.
void writeTextReport(const Exchange &exchange, const TextReportOptions &options);

} // namespace wirescope::cli
