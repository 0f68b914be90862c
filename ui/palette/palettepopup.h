#pragma once

#include <QFrame>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace wirescope {

/// One thing the palette can open or do.
struct PaletteEntry
{
    QString title;  ///< matched first and shown in bold: a request's name, an action's text
    QString detail; ///< matched too, ranked lower: method and URL, folder path, shortcut
    QString kind;   ///< "Request", "Environment", "History", a menu's name
    std::function<void()> run;
};

/// The quick-open and command popup: a filter line over a list of entries, floating at the
/// top of its parent window. Typing narrows the list (every typed character in order,
/// case-insensitive; prefix and word matches first), Up/Down choose, Enter runs the chosen
/// entry and closes, Esc or a click elsewhere closes.
class PalettePopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PalettePopup)

public:
    explicit PalettePopup(QWidget *parent);

    /// Shows @p entries (in the order given when nothing is typed) with @p prompt as the
    /// filter's placeholder and accessible name, and focuses the filter.
    void open(const QString &prompt, QList<PaletteEntry> entries);
    /// Runs the chosen entry and closes (Enter).
    void runCurrent();

    QLineEdit *filterEdit() const { return m_filter; } // child
    QListWidget *list() const { return m_list; }       // child
    /// The titles shown, best match first.
    QStringList shownTitles() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void place();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QList<PaletteEntry> m_entries;
};

} // namespace wirescope
