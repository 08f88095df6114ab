/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-list-search.h"

struct _DoorstepListSearch {
  GObject         parent_instance;

  /* the page's, which outlive this */
  GtkSearchEntry *entry;
  GtkBox         *header;   /* where it goes with no filters, after them */
  GtkWidget      *filters;
  GtkBox         *row_box;  /* where it goes with filters */
  GtkWidget      *row;      /* shown then */
};

G_DEFINE_FINAL_TYPE (DoorstepListSearch, doorstep_list_search, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
search_changed_cb (DoorstepListSearch *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
doorstep_list_search_class_init (DoorstepListSearchClass *klass)
{
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
doorstep_list_search_init (DoorstepListSearch *self)
{
}

/**
 * doorstep_list_search_new:
 * @entry: the page's search entry, a child of @header
 * @header: the page's header, which holds @filters
 * @filters: the page's filters, shown when it has some
 * @row_box: the box of the row below the header
 * @row: that row
 */
DoorstepListSearch *
doorstep_list_search_new (GtkSearchEntry *entry,
                          GtkBox         *header,
                          GtkWidget      *filters,
                          GtkBox         *row_box,
                          GtkWidget      *row)
{
  DoorstepListSearch *self = g_object_new (DOORSTEP_TYPE_LIST_SEARCH, NULL);

  self->entry = entry;
  self->header = header;
  self->filters = filters;
  self->row_box = row_box;
  self->row = row;
  g_signal_connect_object (entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/* Puts the search where it goes, now that the filters or whether it is
 * shown may have changed. */
void
doorstep_list_search_place (DoorstepListSearch *self)
{
  gboolean apart;
  GtkWidget *parent;
  GtkWidget *wanted;

  g_return_if_fail (DOORSTEP_IS_LIST_SEARCH (self));

  apart = gtk_widget_get_visible (self->filters) && gtk_widget_get_visible (GTK_WIDGET (self->entry));
  parent = gtk_widget_get_parent (GTK_WIDGET (self->entry));
  wanted = apart ? GTK_WIDGET (self->row_box) : GTK_WIDGET (self->header);
  if (parent != wanted)
    {
      g_object_ref (self->entry);
      gtk_box_remove (GTK_BOX (parent), GTK_WIDGET (self->entry));
      if (apart)
        gtk_box_append (self->row_box, GTK_WIDGET (self->entry));
      else
        gtk_box_insert_child_after (self->header, GTK_WIDGET (self->entry), self->filters);
      g_object_unref (self->entry);
    }
  gtk_widget_set_visible (self->row, apart);
}

void
doorstep_list_search_set_searchable (DoorstepListSearch *self,
                                     gboolean            searchable)
{
  g_return_if_fail (DOORSTEP_IS_LIST_SEARCH (self));

  gtk_widget_set_visible (GTK_WIDGET (self->entry), searchable);
  doorstep_list_search_place (self);
}

/**
 * doorstep_list_search_get_text:
 *
 * Returns: what the search holds, "" when the page is not searchable
 */
const char *
doorstep_list_search_get_text (DoorstepListSearch *self)
{
  g_return_val_if_fail (DOORSTEP_IS_LIST_SEARCH (self), "");

  return gtk_widget_get_visible (GTK_WIDGET (self->entry)) ? gtk_editable_get_text (GTK_EDITABLE (self->entry)) : "";
}

/**
 * doorstep_list_search_dup_terms:
 *
 * Returns: (transfer full): what the search holds without the spaces
 *   around it: what is searched for
 */
char *
doorstep_list_search_dup_terms (DoorstepListSearch *self)
{
  return g_strstrip (g_strdup (doorstep_list_search_get_text (self)));
}

/* Empties the search, without ::changed: for the next person, not a new
 * search. */
void
doorstep_list_search_clear (DoorstepListSearch *self)
{
  g_return_if_fail (DOORSTEP_IS_LIST_SEARCH (self));

  g_signal_handlers_block_by_func (self->entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  g_signal_handlers_unblock_by_func (self->entry, search_changed_cb, self);
}

/* Moves the focus to the search, if the page has one. */
void
doorstep_list_search_focus (DoorstepListSearch *self)
{
  g_return_if_fail (DOORSTEP_IS_LIST_SEARCH (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
