#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace wirescope {

struct Exchange;

/// The "Wire" tab: a plain-HTTP exchange exactly as Wirescope's relay saw it cross the wire
/// (Exchange::raw), which QNetworkReply hides: the response head line by line (a repeated
/// Set-Cookie stays one line each, in the server's order and spelling), the chunk framing,
/// and the request bytes Qt wrote. Line ends are shown (\r\n), other control and non-ASCII
/// bytes as \xHH. Says why when there is nothing to show (HTTPS, a proxy, a reused connection).
class WireView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireView)

public:
    explicit WireView(QWidget *parent = nullptr);

    void setExchange(const Exchange &exchange);
    void clear();
    bool hasTranscript() const { return !m_received.isEmpty() || !m_sent.isEmpty(); }

    /// @p bytes as display text: printable ASCII as is, CR LF as "\r\n" then a line break,
    /// a lone LF as "\n" then a line break, every other byte as \xHH. At most @p limit bytes
    /// are shown; the rest is counted in a last line.
    static QString renderBytes(const QByteArray &bytes, qsizetype limit);
    /// Why @p exchange has no wire transcript, in words (empty when it has one).
    static QString absenceReason(const Exchange &exchange);

    static constexpr qsizetype kShownBytes = 256 * 1024;

private:
    void showDirection();

    QLabel *m_summary = nullptr;
    QRadioButton *m_showReceived = nullptr;
    QRadioButton *m_showSent = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QByteArray m_received;
    QByteArray m_sent;
};

} // namespace wirescope
