#include "ui/mainwindow/previewtab.h"

#include "core/model/collection.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/response/responseview.h"

namespace wirescope {

PreviewTab::PreviewTab(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

PreviewTab::~PreviewTab() = default;

RequestTab *
PreviewTab::show(CollectionDocument *document, const QString &itemId, const HttpItem &item)
{
    RequestTab *tab = m_tab;
    if (tab && (tab->isDirty() || tab->isRunning()))
        keep(tab); // became the user's work in the meantime
    if (!m_tab) {
        tab = m_window->newTab();
        m_tab = tab;
        m_window->setTabPreview(tab, true);
        // The first edit keeps it: the next single click must not take the user's work away.
        connect(tab, &RequestTab::dirtyChanged, this, [this, tab](bool dirty) {
            if (dirty && !m_replacing)
                keep(tab);
        });
    }
    // Loading the item passes through "changed" on its way to "saved": not the user's edit.
    m_replacing = true;
    tab->responseView()->clear();
    tab->setHttpItem(item);
    tab->setOrigin(document, itemId);
    m_replacing = false;
    m_window->setCurrentTab(tab);
    return tab;
}

void PreviewTab::keep(RequestTab *tab)
{
    if (!tab || tab != m_tab)
        return;
    tab->disconnect(this);
    m_window->setTabPreview(tab, false);
    m_tab = nullptr;
}

} // namespace wirescope
