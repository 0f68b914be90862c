#include "ui/palette/palettepopup.h"

#include "ui/palette/fuzzymatch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wirescope {

namespace {

constexpr int kMaxShown = 200; ///< more would only scroll; typing narrows faster
constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

PalettePopup::PalettePopup(QWidget *parent)
    : QFrame(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("Nothing matches"), this))
{
    setObjectName(QStringLiteral("palettePopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFocusPolicy(Qt::NoFocus); // the filter keeps the keyboard
    m_empty->setObjectName(QStringLiteral("paletteEmpty"));
    m_empty->setEnabled(false);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &PalettePopup::applyFilter);
    connect(m_list, &QListWidget::itemClicked, this, [this] { runCurrent(); });
    m_filter->installEventFilter(this);
    hide();
}

void PalettePopup::open(const QString &prompt, QList<PaletteEntry> entries)
{
    m_entries = std::move(entries);
    m_filter->setPlaceholderText(prompt);
    m_filter->setAccessibleName(prompt);
    m_filter->clear();
    applyFilter();
    place();
    show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
}

void PalettePopup::place()
{
    const QWidget *window = parentWidget();
    const int width = qMin(640, window->width() - 40);
    const int height = qMin(420, window->height() - 80);
    resize(width, height);
    move((window->width() - width) / 2, 40);
}

void PalettePopup::applyFilter()
{
    const QString typed = m_filter->text();
    QList<QPair<int, int>> ranked; // score, entry index
    for (int i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry &entry = m_entries.at(i);
        int score = palette::fuzzyScore(typed, entry.title);
        // The typed text found whole in the detail (URL, folder, shortcut) counts, below any
        // title match; characters scattered over a long detail would match almost anything.
        if (!typed.trimmed().isEmpty()
            && entry.detail.contains(typed.trimmed(), Qt::CaseInsensitive))
            score = qMax(score, palette::fuzzyScore(typed, entry.detail) / 10);
        if (score >= 0)
            ranked.append({score, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_list->clear();
    for (int n = 0; n < ranked.size() && n < kMaxShown; ++n) {
        const PaletteEntry &entry = m_entries.at(ranked.at(n).second);
        QString text = entry.title;
        if (!entry.detail.isEmpty())
            text += QStringLiteral("  \u2014  ") + entry.detail;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kEntryRole, ranked.at(n).second);
        item->setToolTip(entry.kind);
        item->setData(Qt::AccessibleTextRole, QString(entry.kind + QStringLiteral(": ") + text));
    }
    m_empty->setVisible(m_list->count() == 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QStringList PalettePopup::shownTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_list->count(); ++row)
        titles.append(m_entries.at(m_list->item(row)->data(kEntryRole).toInt()).title);
    return titles;
}

void PalettePopup::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    // Copied first: running may reopen the palette and replace the entries.
    const std::function<void()> run = m_entries.at(item->data(kEntryRole).toInt()).run;
    hide();
    if (parentWidget())
        parentWidget()->setFocus();
    if (run)
        run();
}

bool PalettePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        // A click elsewhere closes it; another window taking the focus for a while does not.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            hide();
        return false;
    }
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (event->type() != QEvent::KeyPress && !override)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (override) {
        // The window's own Esc (Cancel) and arrow shortcuts wait while the palette is open.
        static const QList<int> ours{Qt::Key_Escape, Qt::Key_Return, Qt::Key_Enter,   Qt::Key_Up,
                                     Qt::Key_Down,   Qt::Key_PageUp, Qt::Key_PageDown};
        if (key->modifiers() == Qt::NoModifier && ours.contains(key->key()))
            event->accept();
        return false;
    }
    switch (key->key()) {
    case Qt::Key_Escape:
        hide();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QApplication::sendEvent(m_list, event);
        return true;
    default:
        return false;
    }
}

} // namespace wirescope
