#include "ui/widgets/chunkedtextloader.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

namespace wirescope {

namespace {

// About a screenful of a typical body; small enough to appear in a few milliseconds.
constexpr qsizetype s_firstSlice = 16 * 1024;
// Later slices start at this size and adapt so that each insertion takes about
// s_targetMs: inserting gets slower as the document grows and when the machine is loaded,
// and the window must stay responsive (a slice is one event-loop turn).
constexpr qsizetype s_slice = 64 * 1024;
constexpr qsizetype s_minSlice = 4 * 1024;
constexpr qsizetype s_maxSlice = 512 * 1024;
constexpr qint64 s_targetMs = 25;

} // namespace

ChunkedTextLoader::ChunkedTextLoader(QPlainTextEdit *target)
    : QObject(target)
    , m_target(target)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] {
        QElapsedTimer clock;
        clock.start();
        appendSlice(m_slice);
        const qint64 ms = clock.elapsed();
        if (ms > s_targetMs * 3 / 2)
            m_slice = std::max(s_minSlice, m_slice / 2);
        else if (ms < s_targetMs / 2)
            m_slice = std::min(s_maxSlice, m_slice * 2);
        if (!isLoading()) {
            m_timer->stop();
            m_text.clear();
            m_offset = 0;
            emit finished();
        }
    });
}

void ChunkedTextLoader::load(const QString &text)
{
    clear();
    m_text = text;
    m_slice = s_slice;
    appendSlice(s_firstSlice);
    emit firstScreenShown();
    if (isLoading()) {
        m_timer->start();
    } else {
        m_text.clear();
        m_offset = 0;
        emit finished();
    }
}

void ChunkedTextLoader::clear()
{
    m_timer->stop();
    m_text.clear();
    m_offset = 0;
    m_target->clear();
}

void ChunkedTextLoader::appendSlice(qsizetype maxChars)
{
    qsizetype end = std::min(m_text.size(), m_offset + maxChars);
    if (end < m_text.size()) {
        // End the slice after a line break when one is near, so no line is split in two
        // insertions (cheaper layout, and the view never shows half a line).
        const qsizetype newline = m_text.lastIndexOf(u'\n', end - 1);
        if (newline >= m_offset && end - newline < 8 * 1024)
            end = newline + 1;
        // Never split a surrogate pair.
        if (end > m_offset && m_text.at(end - 1).isHighSurrogate())
            --end;
    }
    if (end <= m_offset)
        end = std::min(m_text.size(), m_offset + maxChars);
    QTextCursor cursor(m_target->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).mid(m_offset, end - m_offset).toString());
    m_offset = end;
}

} // namespace wirescope
