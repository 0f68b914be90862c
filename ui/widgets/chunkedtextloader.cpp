#include "ui/widgets/chunkedtextloader.h"

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

namespace wirescope {

namespace {

// About a screenful of a typical body; small enough to appear in a few milliseconds.
constexpr qsizetype s_firstSlice = 16 * 1024;
// Later slices: each stays well under the ~50 ms budget for one event-loop turn (about
// 25 ms for pretty JSON on a slow machine).
constexpr qsizetype s_slice = 64 * 1024;

} // namespace

ChunkedTextLoader::ChunkedTextLoader(QPlainTextEdit *target)
    : QObject(target)
    , m_target(target)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] {
        appendSlice(s_slice);
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
