#include "app/cli/textreport.h"

#include "app/cli/console.h"
#include "app/cli/terminaltext.h"
#include "core/http/transcript.h"
#include "core/model/exchange.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cmath>

namespace wirescope::cli {

namespace {

constexpr int s_labelWidth = 10;
constexpr int s_numberWidth = 11;

QString paint(const QString &text, const char *sgr, bool color)
{
    if (!color)
        return text;
    return QStringLiteral("\x1b[") + QLatin1String(sgr) + u'm' + text + QStringLiteral("\x1b[0m");
}

QString heading(const QString &text, bool color)
{
    return paint(text, "1", color) + u'\n';
}

const char *statusColor(int status)
{
    if (status >= 500)
        return "1;31";
    if (status >= 400)
        return "1;33";
    if (status >= 300)
        return "1;36";
    return "1;32";
}

QString ms(double value)
{
    return QString::number(value, 'f', 3).rightJustified(s_numberWidth) + QStringLiteral(" ms");
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QStringLiteral("?");
}

struct Phase
{
    QString label;
    std::optional<double> value;
    QString missing; ///< shown when value is null
};

} // namespace

QString responseHeadSection(const Exchange &exchange, const TextReportOptions &options)
{
    if (!exchange.response)
        return paint(QStringLiteral("(no response)"), "1;31", options.color)
               + QStringLiteral("\n\n");
    const Response &response = *exchange.response;
    const QStringList lines = responseHeadText(response).split(u'\n', Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = terminalSafe(lines.at(i)); // the server's words, one line each
        if (i == 0) {
            out += paint(line, statusColor(response.status), options.color) + u'\n';
            continue;
        }
        const qsizetype colon = line.indexOf(u':', 1); // HTTP/2 pseudo-headers start with ':'
        out += colon < 0 ? line
                         : paint(line.left(colon + 1), "36", options.color) + line.mid(colon + 1);
        out += u'\n';
    }
    return out + u'\n';
}

QString timingSection(const Timings &t, bool tls, const TextReportOptions &options)
{
    const QString reused = QStringLiteral("reused connection");
    const QString na = QStringLiteral("n/a");
    const QString inConnect = QStringLiteral("n/a (included in connect)");
    const QList<Phase> phases{
        {QStringLiteral("DNS"), t.dns, t.reusedConnection ? reused : na},
        {QStringLiteral("Blocked"), t.blocked, t.reusedConnection ? reused : na},
        {QStringLiteral("Connect"), t.connect, t.reusedConnection ? reused : na},
        {QStringLiteral("TLS"), t.tls,
         !tls                     ? QStringLiteral("n/a (plain HTTP)")
         : t.tlsIncludedInConnect ? inConnect
         : t.reusedConnection     ? reused
                                  : na},
        {QStringLiteral("Send"), t.send, t.sendIncludedInConnect ? inConnect : na},
        {QStringLiteral("Wait"), t.wait, na},
        {QStringLiteral("Download"), t.download, na},
    };
    const int width = qMax(options.barWidth, 1);
    QString out = heading(QStringLiteral("Timing"), options.color);
    double start = 0;
    for (const Phase &phase : phases) {
        out += QStringLiteral("  ") + phase.label.leftJustified(s_labelWidth);
        if (!phase.value) {
            out += u' ' + paint(phase.missing, "2", options.color) + u'\n';
            continue;
        }
        const double value = *phase.value;
        out += ms(value);
        if (t.total > 0) {
            // Place the bar on the timeline: it starts where the measured phases before it end.
            // Rounding both ends keeps adjacent phases in adjacent cells.
            int from = int(std::lround(start / t.total * width));
            int to = int(std::lround((start + value) / t.total * width));
            from = qBound(0, from, width - 1);
            to = qBound(from + 1, to, width); // even a tiny phase gets one cell
            out += QStringLiteral("  |") + QString(from, u' ')
                   + paint(QString(to - from, QChar(0x2588)), "36", options.color)
                   + QString(width - to, u' ') + u'|';
        }
        out += u'\n';
        start += value;
    }
    out += QStringLiteral("  ")
           + paint(QStringLiteral("Total").leftJustified(s_labelWidth), "1", options.color)
           + ms(t.total) + u'\n';
    if (!t.note.isEmpty())
        out += QStringLiteral("  ") + paint(QStringLiteral("Note: ") + t.note, "2", options.color)
               + u'\n';
    if (t.dnsCached && t.dns)
        out += QStringLiteral("  ")
               + paint(QStringLiteral("Note: DNS found the name among the lookups of the last "
                                      "minute (cached)"),
                       "2", options.color)
               + u'\n';
    return out;
}

QString tlsSection(const TlsInfo &tls, const TextReportOptions &options)
{
    const auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("  ") + label.leftJustified(s_labelWidth) + u' ' + value + u'\n';
    };
    QString out = heading(QStringLiteral("TLS"), options.color);
    // The peer chose the ALPN and wrote the certificates: their words are shown escaped.
    QString protocol = tls.protocol.isEmpty() ? QStringLiteral("(not negotiated)") : tls.protocol;
    if (!tls.cipher.isEmpty())
        protocol +=
            QStringLiteral(", ") + tls.cipher
            + (tls.cipherBits > 0 ? QStringLiteral(" (%1-bit)").arg(tls.cipherBits) : QString());
    out += row(QStringLiteral("Protocol"), protocol);
    out += row(QStringLiteral("ALPN"),
               tls.alpn.isEmpty() ? QStringLiteral("(none)") : terminalSafe(tls.alpn));
    QString verified;
    if (tls.insecure)
        verified = paint(QStringLiteral("NOT CHECKED (--insecure: every error accepted)"), "1;31",
                         options.color);
    else if (tls.verified)
        verified = paint(QStringLiteral("yes"), "32", options.color);
    else if (!tls.errors.isEmpty() && tls.acceptedErrors.size() == tls.errors.size())
        verified = paint(QStringLiteral("no, but every error was accepted for this request"),
                         "1;33", options.color);
    else
        verified = paint(QStringLiteral("no"), "1;31", options.color);
    out += row(QStringLiteral("Verified"), verified);
    for (const TlsError &e : tls.errors) {
        const bool accepted = tls.insecure || tls.acceptedErrors.contains(e);
        out += QStringLiteral("    error %1: %2 [%3]\n")
                   .arg(e.code)
                   .arg(terminalSafe(e.message),
                        accepted ? QStringLiteral("accepted") : QStringLiteral("refused"));
    }
    if (tls.chain.isEmpty())
        return out + row(QStringLiteral("Chain"), QStringLiteral("(no certificate received)"));
    out += QStringLiteral("  Chain\n");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < tls.chain.size(); ++i) {
        const CertificateInfo &c = tls.chain.at(i);
        const auto field = [](const QString &label, const QString &value) -> QString {
            return QStringLiteral("       ") + label.leftJustified(9) + u' ' + value + u'\n';
        };
        out += QStringLiteral("    #%1 ").arg(i)
               + paint(terminalSafe(c.subject), "1", options.color) + u'\n';
        out += field(QStringLiteral("issuer"), terminalSafe(c.issuer));
        if (!c.subjectAlternativeNames.isEmpty())
            out += field(QStringLiteral("SANs"),
                         terminalSafe(c.subjectAlternativeNames.join(QStringLiteral(", "))));
        QString validity = dateText(c.notBefore) + QStringLiteral(" .. ") + dateText(c.notAfter);
        if (c.notAfter.isValid() && c.notAfter < now)
            validity += u' ' + paint(QStringLiteral("[EXPIRED]"), "1;31", options.color);
        else if (c.notBefore.isValid() && c.notBefore > now)
            validity += u' ' + paint(QStringLiteral("[NOT YET VALID]"), "1;31", options.color);
        out += field(QStringLiteral("valid"), validity);
        out += field(QStringLiteral("serial"), terminalSafe(c.serialNumber));
        out += field(QStringLiteral("SHA-256"), c.sha256);
        QString key = c.publicKeyAlgorithm;
        if (c.publicKeyBits > 0)
            key += u' ' + QString::number(c.publicKeyBits);
        if (c.selfSigned)
            key += QStringLiteral(", self-signed");
        out += field(QStringLiteral("key"), key);
    }
    return out;
}

bool looksBinary(const QByteArray &head, const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (!type.isEmpty()) {
        if (type.startsWith(QLatin1String("text/")) || type.endsWith(QLatin1String("+json"))
            || type.endsWith(QLatin1String("+xml")) || type.contains(QLatin1String("json"))
            || type.contains(QLatin1String("xml")) || type.contains(QLatin1String("javascript"))
            || type == QLatin1String("application/x-www-form-urlencoded")) {
            return false;
        }
        if (type != QLatin1String("application/octet-stream"))
            return true;
    }
    if (head.contains('\0'))
        return true;
    // A stateful decoder: a multi-byte sequence cut at the end of the head is not an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(head); // counts invalid sequences for hasError()
    Q_UNUSED(text)
    return decoder.hasError();
}

void writeTextReport(const Exchange &exchange, const TextReportOptions &options)
{
    writeStdout(responseHeadSection(exchange, options).toUtf8());
    if (exchange.response) {
        const Response &response = *exchange.response;
        const qint64 size = response.body.size();
        if (!options.outputFile.isEmpty()) {
            const QString note = options.bodySaved
                                     ? QStringLiteral("[body: %1 bytes written to %2]")
                                     : QStringLiteral("[body: %1 bytes, NOT written to %2]");
            writeStdout(
                paint(note.arg(QString::number(size), options.outputFile), "2", options.color)
                    .toUtf8()
                + "\n\n");
        } else if (size > 0 && looksBinary(response.body.read(8192), response.contentType)) {
            const QString type = response.contentType.isEmpty()
                                     ? QStringLiteral("unknown")
                                     : terminalSafe(response.contentType);
            writeStdout(
                paint(QStringLiteral("[binary body, %1 bytes, content-type %2; use -o FILE]")
                          .arg(QString::number(size), type),
                      "2", options.color)
                    .toUtf8()
                + "\n\n");
        } else if (size > 0) {
            const auto reader = response.body.openReader();
            char last = '\n';
            while (reader && !reader->atEnd()) {
                const QByteArray chunk = reader->read(1 << 20);
                if (chunk.isEmpty())
                    break;
                last = chunk.back();
                writeStdout(chunk);
            }
            writeStdout(last == '\n' ? QByteArray("\n") : QByteArray("\n\n"));
        }
    }
    if (!exchange.redirects.isEmpty()) {
        QString out = heading(QStringLiteral("Redirects"), options.color);
        for (const RedirectHop &hop : exchange.redirects)
            out += QStringLiteral("  %1 %2 -> %3\n")
                       .arg(hop.status)
                       .arg(terminalSafe(hop.url), terminalSafe(hop.location));
        writeStdout((out + u'\n').toUtf8());
    }
    QString tail = timingSection(exchange.timings, exchange.tls.has_value(), options);
    if (exchange.tls)
        tail += u'\n' + tlsSection(*exchange.tls, options);
    writeStdout(tail.toUtf8());
}

} // namespace wirescope::cli
