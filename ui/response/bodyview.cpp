#include "ui/response/bodyview.h"

#include "ui/dialogs/systemdialogs.h"
#include "ui/widgets/chunkedtextloader.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/findbar.h"
#include "ui/widgets/syntaxhighlighter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope {

using bodyrender::Mode;

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bodyView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(0);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    const auto addMode = [&](const QString &text, const QString &name, Mode mode) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setAccessibleName(tr("%1 view").arg(text));
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_modes->addButton(button, int(mode));
        bar->addWidget(button);
        return button;
    };
    m_pretty = addMode(tr("Pretty"), QStringLiteral("prettyButton"), Mode::Pretty);
    m_raw = addMode(tr("Raw"), QStringLiteral("rawButton"), Mode::Raw);
    m_hex = addMode(tr("Hex"), QStringLiteral("hexButton"), Mode::Hex);
    m_pretty->setChecked(true);
    bar->addSpacing(12);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("bodyNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    bar->addWidget(m_note, 1);

    m_showAll = new QToolButton(this);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->hide();
    bar->addWidget(m_showAll);

    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the text of this view"));
    copy->setAccessibleName(tr("Copy body"));
    auto *save = new QToolButton(this);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the whole body to a file"));
    save->setAccessibleName(tr("Save body to file"));
    bar->addSpacing(8);
    bar->addWidget(copy);
    bar->addWidget(save);
    layout->addLayout(bar);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setAccessibleName(tr("Response body"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(display::fixedFont());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("The response body appears here."));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    m_loader = new ChunkedTextLoader(m_text);
    m_highlighter = new SyntaxHighlighter(m_text);

    m_findBar = new FindBar(m_text, this);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_showAll, &QToolButton::clicked, this, &BodyView::showAll);
    connect(copy, &QToolButton::clicked, this, &BodyView::copyText);
    connect(save, &QToolButton::clicked, this, &BodyView::saveBodyAs);
    connect(m_loader, &ChunkedTextLoader::firstScreenShown, this, &BodyView::rendered);
    connect(m_loader, &ChunkedTextLoader::finished, m_findBar, &FindBar::refresh);
}

void BodyView::setBody(const ResponseBody &body, const QString &contentType)
{
    ++m_generation;
    m_cache.clear();
    m_body = body;
    m_contentType = contentType;
    m_textLimit = bodyrender::s_textLimit;
    // Binary bodies open in Hex; the check reads a small prefix only.
    const bool binary = bodyrender::looksBinary(contentType, body.read(4096));
    m_binary = binary;
    m_raw->setEnabled(!binary);
    m_pretty->setEnabled(!binary);
    m_mode = binary ? Mode::Hex : (m_mode == Mode::Hex ? Mode::Pretty : m_mode);
    m_modes->button(int(m_mode))->setChecked(true);
    showMode(m_mode);
    updateShowAll();
}

void BodyView::clear()
{
    ++m_generation;
    m_cache.clear();
    m_body = ResponseBody();
    m_contentType.clear();
    m_note->clear();
    m_loader->clear();
    m_pretty->setEnabled(true);
    m_raw->setEnabled(true);
    m_binary = false;
    m_textLimit = bodyrender::s_textLimit;
    updateShowAll();
}

void BodyView::showAll()
{
    if (m_textLimit >= bodyrender::s_showAllLimit || m_body.size() <= m_textLimit)
        return;
    m_textLimit = bodyrender::s_showAllLimit;
    m_cache.remove(int(Mode::Pretty));
    m_cache.remove(int(Mode::Raw));
    ++m_generation; // a 2 MB render still on its way is stale now
    if (m_mode != Mode::Hex)
        showMode(m_mode);
    updateShowAll();
}

void BodyView::updateShowAll()
{
    const qint64 size = m_body.size();
    const bool more = !m_binary && m_mode != Mode::Hex && size > m_textLimit
                      && m_textLimit < bodyrender::s_showAllLimit;
    m_showAll->setVisible(more);
    if (!more)
        return;
    const bool whole = size <= bodyrender::s_showAllLimit;
    m_showAll->setText(whole ? tr("Show All (%1)").arg(display::bytes(size))
                             : tr("Show First %1").arg(display::bytes(bodyrender::s_showAllLimit)));
    m_showAll->setToolTip(whole ? tr("Render the whole body (off the UI thread)")
                                : tr("Bodies larger than %1 are not shown whole: save them to a "
                                     "file to see all of them.")
                                      .arg(display::bytes(bodyrender::s_showAllLimit)));
}

void BodyView::setMode(Mode mode)
{
    if (m_mode == mode && m_modes->checkedId() == int(mode))
        return;
    m_mode = mode;
    m_modes->button(int(mode))->setChecked(true);
    showMode(mode);
    updateShowAll();
}

void BodyView::setWordWrap(bool wrap)
{
    m_wordWrap = wrap;
    m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void BodyView::activateFind()
{
    m_findBar->activate();
}

bool BodyView::isBusy() const
{
    return m_pendingRenders > 0 || m_loader->isLoading();
}

void BodyView::showMode(Mode mode)
{
    const auto cached = m_cache.constFind(int(mode));
    if (cached != m_cache.constEnd()) {
        display(*cached);
        return;
    }
    m_loader->clear();
    m_note->setText(tr("Rendering…"));
    if (m_body.isEmpty()) {
        display(bodyrender::render(m_body, m_contentType, mode));
        return;
    }
    // The watcher is our child: a result that arrives after we are gone goes nowhere.
    auto *watcher = new QFutureWatcher<bodyrender::Rendered>(this);
    const quint64 generation = m_generation;
    ++m_pendingRenders;
    connect(watcher, &QFutureWatcher<bodyrender::Rendered>::finished, this,
            [this, watcher, generation, mode] {
                --m_pendingRenders;
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const bodyrender::Rendered result = watcher->result();
                m_cache.insert(int(mode), result);
                if (m_mode == mode)
                    display(result);
            });
    watcher->setFuture(
        QtConcurrent::run(&bodyrender::render, m_body, m_contentType, mode,
                          mode == Mode::Hex ? bodyrender::s_textLimit : m_textLimit));
}

void BodyView::display(const bodyrender::Rendered &rendered)
{
    m_note->setText(rendered.note);
    m_note->setStyleSheet(rendered.noteIsError ? QStringLiteral("color: #d93025;") : QString());
    m_loader->clear();
    // Colour the Pretty view unless the text is too big to colour up front (the 2 MB first part
    // of a 100 MB body is mostly over the line limit, and Show All always is).
    const SyntaxLanguage language =
        m_mode == Mode::Pretty ? syntaxFor(rendered) : SyntaxLanguage::None;
    const bool fits =
        language != SyntaxLanguage::None
        && SyntaxHighlighter::suits(rendered.text.size(), rendered.text.count(u'\n') + 1);
    m_highlighter->highlight(m_text->document(), fits ? language : SyntaxLanguage::None,
                             m_text->palette());
    m_loader->load(rendered.text);
}

SyntaxLanguage BodyView::syntaxFor(const bodyrender::Rendered &rendered) const
{
    if (rendered.json)
        return SyntaxLanguage::Json;
    const QString type = m_contentType.toLower();
    if (rendered.xml || type.contains(u"html") || type.contains(u"xml"))
        return SyntaxLanguage::Xml;
    if (type.contains(u"javascript") || type.contains(u"ecmascript"))
        return SyntaxLanguage::JavaScript;
    if (type.contains(u"graphql"))
        return SyntaxLanguage::GraphQL;
    return SyntaxLanguage::None;
}

void BodyView::changeEvent(QEvent *event)
{
    // A switch between light and dark palettes picks the matching colour set.
    if (event->type() == QEvent::PaletteChange && isHighlighting())
        m_highlighter->highlight(m_text->document(), m_highlighter->language(), palette());
    QWidget::changeEvent(event);
}

bool BodyView::isHighlighting() const
{
    return m_highlighter->document() != nullptr;
}

void BodyView::copyText()
{
    const auto cached = m_cache.constFind(int(m_mode));
    if (cached != m_cache.constEnd())
        QApplication::clipboard()->setText(cached->text);
}

void BodyView::saveBodyAs()
{
    if (m_body.isEmpty())
        return;
    SystemDialogs system; // a view nobody handed dialogs to asks with the real ones
    const QString path =
        (m_dialogs ? *m_dialogs : system).saveFileName(this, tr("Save Response Body"));
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        SystemDialogs system;
        if (!error.isEmpty())
            (m_dialogs ? *m_dialogs : system).warning(this, tr("Save Response Body"), error);
    });
    const ResponseBody body = m_body;
    watcher->setFuture(QtConcurrent::run([body, path] {
        QString error;
        body.saveTo(path, &error);
        return error;
    }));
}

} // namespace wirescope
