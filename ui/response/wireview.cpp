#include "ui/response/wireview.h"

#include "core/http/rawresponse.h"
#include "core/model/exchange.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QString framingText(const RawResponse &framing)
{
    if (!framing.headComplete)
        return WireView::tr("The response head did not arrive whole.");
    if (!framing.chunked)
        return WireView::tr("Head: %n line(s), as received.", nullptr,
                            int(framing.headLines.size()));
    if (framing.framingError)
        return WireView::tr("Chunked body: a chunk size line is not hexadecimal.");
    if (!framing.chunkedComplete) {
        return WireView::tr("Chunked body INCOMPLETE: %1 bytes of chunk data arrived, but not the "
                            "last (0-size) chunk.")
            .arg(QLocale().toString(framing.chunkDataBytes));
    }
    return WireView::tr("Chunked body: %1 bytes of chunk data, ended by the last (0-size) chunk.")
        .arg(QLocale().toString(framing.chunkDataBytes));
}

} // namespace

WireView::WireView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wireView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wireSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *row = new QHBoxLayout;
    m_showReceived = new QRadioButton(tr("Received"), this);
    m_showReceived->setObjectName(QStringLiteral("wireShowReceived"));
    m_showSent = new QRadioButton(tr("Sent"), this);
    m_showSent->setObjectName(QStringLiteral("wireShowSent"));
    m_showReceived->setChecked(true);
    row->addWidget(m_showReceived);
    row->addWidget(m_showSent);
    row->addStretch(1);
    layout->addLayout(row);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("wireText"));
    m_text->setAccessibleName(tr("Bytes on the wire"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);

    connect(m_showReceived, &QRadioButton::toggled, this, [this] { showDirection(); });
    clear();
}

void WireView::clear()
{
    m_received.clear();
    m_sent.clear();
    m_summary->setText(tr("No exchange yet."));
    m_text->clear();
    m_showReceived->setEnabled(false);
    m_showSent->setEnabled(false);
}

void WireView::setExchange(const Exchange &exchange)
{
    clear();
    const QString absent = absenceReason(exchange);
    if (!absent.isEmpty()) {
        m_summary->setText(absent);
        return;
    }
    const RawTranscript &raw = *exchange.raw;
    m_received = raw.received;
    m_sent = raw.sent;
    QStringList lines;
    lines << tr("As it crossed the wire through Wirescope's relay: %1 bytes received, %2 sent.")
                 .arg(QLocale().toString(raw.received.size()), QLocale().toString(raw.sent.size()));
    if (raw.truncated)
        lines << tr("Only the first %1 KiB of each direction are kept.").arg(256);
    lines << framingText(RawResponse::parse(raw.received));
    m_summary->setText(lines.join(u' '));
    m_showReceived->setEnabled(true);
    m_showSent->setEnabled(true);
    showDirection();
}

void WireView::showDirection()
{
    if (!hasTranscript())
        return;
    m_text->setPlainText(
        renderBytes(m_showReceived->isChecked() ? m_received : m_sent, kShownBytes));
}

QString WireView::renderBytes(const QByteArray &bytes, qsizetype limit)
{
    const qsizetype shown = qMin(limit, bytes.size());
    QString out;
    out.reserve(shown + shown / 16);
    static const char hex[] = "0123456789ABCDEF";
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = uchar(bytes.at(i));
        if (c == '\r' && i + 1 < shown && bytes.at(i + 1) == '\n') {
            out += QLatin1String("\\r\\n\n");
            ++i;
        } else if (c == '\n') {
            out += QLatin1String("\\n\n");
        } else if (c >= 0x20 && c < 0x7f && c != '\\') {
            out += QLatin1Char(char(c));
        } else if (c == '\\') {
            out += QLatin1String("\\\\");
        } else {
            out += QLatin1String("\\x");
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 0xf]);
        }
    }
    if (shown < bytes.size())
        out += tr("\n… %1 more bytes not shown").arg(QLocale().toString(bytes.size() - shown));
    return out;
}

QString WireView::absenceReason(const Exchange &exchange)
{
    if (exchange.raw)
        return {};
    if (QUrl(exchange.finalUrl).scheme() == QLatin1String("https"))
        return tr("HTTPS: the relay sees only encrypted bytes. The Headers tab shows what Qt "
                  "decrypted and decoded.");
    if (!exchange.timings.note.isEmpty())
        return tr("No wire transcript: %1.").arg(exchange.timings.note);
    if (exchange.timings.reusedConnection)
        return tr("No wire transcript: the request went over a reused connection, and the relay "
                  "keeps the bytes of a connection's first exchange only.");
    if (!exchange.redirects.isEmpty())
        return tr("No wire transcript: redirects were followed, and the bytes of one connection "
                  "may hold several hops.");
    if (!exchange.response)
        return tr("No wire transcript: no response arrived.");
    return tr("No wire transcript for this exchange.");
}

} // namespace wirescope
