/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-approve-dialog.h"
#include "doorstep-list-page.h"
#include "doorstep-paged-list.h"
#include "doorstep-pdf-viewer.h"
#include "doorstep-pdf-window.h"
#include "doorstep-quote-item-row.h"
#include "doorstep-quote-page.h"
#include "doorstep-quotes-page.h"
#include "doorstep-signature-pad.h"
#include "ui-fixture.h"

/* The customer's quotes: filters and their counts, one quote and its
 * optional items, approving with a signature, declining with a reason,
 * and the PDF. */

static DoorstepListPage *
quotes_page (void)
{
  return ui_portal_section ("quotes");
}

static gint64
quotes_in_db (const char *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM quotes WHERE customer_id = '" MAYA_ID "' AND %s",
                                          condition);
  return ui_query_int (sql);
}

static const char *
list_state (void)
{
  return ui_stack_state (quotes_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack");
}

static void
assert_count (const char *filter,
              const char *condition)
{
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, quotes_in_db (condition));

  WAIT_FOR (g_strcmp0 (ui_filter_count (quotes_page (), filter), expected) == 0);
}

static void
assert_all_counts (void)
{
  assert_count ("all", "TRUE");
  {
    g_autofree char *open = test_open_quote_condition ();

    assert_count ("open", open);
  }
  assert_count ("approved", "status = 'approved'");
  assert_count ("declined", "status = 'declined'");
  assert_count ("requested", "status = 'requested'");
}

static DoorstepQuotePage *
quote_page (void)
{
  return ui_child (quotes_page (), DOORSTEP_TYPE_QUOTES_PAGE, "quote_page");
}

static const char *
total_text (void)
{
  return gtk_label_get_text (ui_child (quote_page (), DOORSTEP_TYPE_QUOTE_PAGE, "total_label"));
}

static DoorstepQuote *
shown_quote (void)
{
  return doorstep_quote_page_get_quote (quote_page ());
}

/* Opens the quote with @number from the All list, as a click would. */
static DoorstepQuotePage *
open_quote (const char *number)
{
  DoorstepListPage *page = quotes_page ();
  GListModel *model;
  guint position = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (page), "list.back", NULL);
  doorstep_list_page_set_filter (page, "all");
  WAIT_FOR (g_strcmp0 (list_state (), "list") == 0 &&
            (model = doorstep_list_page_get_items (page)) != NULL &&
            !doorstep_paged_list_get_loading (DOORSTEP_PAGED_LIST (model)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DoorstepQuote) quote = g_list_model_get_item (model, i);
      if (g_str_equal (doorstep_quote_get_number (quote), number))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (ui_child (page, DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);
  WAIT_FOR (doorstep_list_page_get_showing_detail (page) &&
            g_strcmp0 (ui_stack_state (quote_page (), DOORSTEP_TYPE_DETAIL_PAGE, "stack"), "content") == 0 &&
            g_str_equal (doorstep_quote_get_number (shown_quote ()), number));
  return quote_page ();
}

/* Ticks the optional item at @index of the quote shown, by its check box. */
static void
tick_item (guint index)
{
  DoorstepQuoteItemRow *row = ui_find_descendant (quote_page (), DOORSTEP_TYPE_QUOTE_ITEM_ROW, index);

  gtk_check_button_set_active (ui_find_descendant (row, GTK_TYPE_CHECK_BUTTON, 0), TRUE);
  g_assert_true (doorstep_quote_item_row_get_ticked (row));
}

static void
test_quotes (void)
{
  DoorstepListPage *page;
  DoorstepQuotePage *shown;
  GtkWindow *dialog;
  g_autofree char *total_before = NULL;

  ui_sign_in_customer ();
  page = quotes_page ();
  ui_show_portal_section ("quotes");
  WAIT_FOR (g_strcmp0 (list_state (), "list") == 0);
  /* Each filter shows its count, the server's */
  assert_all_counts ();
  /* A customer can ask for a quote from here. */
  {
    g_autoptr(GtkWidget) ask = NULL;

    g_object_get (page, "header-end", &ask, NULL);
    g_assert_true (gtk_widget_get_visible (ask));
  }
  ui_screenshot_all (ui_window, "quotes");

  /* The Open filter asks the server for open quotes only. */
  {
    g_autofree char *open = test_open_quote_condition ();

    doorstep_list_page_set_filter (page, "open");
    WAIT_FOR (doorstep_list_page_get_items (page) != NULL &&
              doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (doorstep_list_page_get_items (page))) &&
              g_list_model_get_n_items (doorstep_list_page_get_items (page)) ==
                (guint) quotes_in_db (open));
  }
  ui_save_png (GTK_WIDGET (ui_window), "quotes-open-wide-light");

  /* A quote, and its optional items: ticking one changes the total at once. */
  shown = open_quote ("Q-1001");
  ui_screenshot_all (ui_window, "quote");
  total_before = g_strdup (total_text ());
  g_assert_cmpstr (total_before, ==, "$7,166.25");
  tick_item (4);
  /* 7,075 + 389 − 250 = 7,214.00, and 5% tax */
  g_assert_cmpstr (total_text (), ==, "$7,574.70");

  /* Approve with a typed name and a drawn signature. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown), "quote.approve", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_APPROVE_DIALOG)) != NULL &&
            gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  /* Nothing typed or drawn: refused here, nothing sent */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "approve.confirm", NULL));
  g_assert_cmpint (quotes_in_db ("status = 'approved'"), ==, 1);
  gtk_editable_set_text (ui_child (dialog, DOORSTEP_TYPE_APPROVE_DIALOG, "name_row"), "Maya Okafor");
  {
    DoorstepSignaturePad *pad = ui_child (dialog, DOORSTEP_TYPE_APPROVE_DIALOG, "pad");
    const graphene_point_t first[] = { { 30, 110 }, { 60, 40 }, { 90, 120 }, { 120, 50 }, { 150, 115 }, { 200, 70 } };
    const graphene_point_t second[] = { { 210, 100 }, { 260, 60 }, { 300, 110 }, { 380, 80 } };

    WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (pad)) > 380 && gtk_widget_get_height (GTK_WIDGET (pad)) > 120);
    doorstep_signature_pad_add_stroke (pad, first, G_N_ELEMENTS (first));
    doorstep_signature_pad_add_stroke (pad, second, G_N_ELEMENTS (second));
    g_assert_false (doorstep_signature_pad_is_empty (pad));
    /* What is sent is a real PNG of what was drawn. */
    {
      g_autoptr(GBytes) png = doorstep_signature_pad_to_png (pad);
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (png, NULL);
      g_assert_nonnull (texture);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, 900);
    }
  }
  ui_screenshot_all (dialog, "approve-dialog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "approve.confirm", NULL));
  WAIT_FOR (doorstep_quote_get_status (shown_quote ()) == DOORSTEP_QUOTE_STATUS_APPROVED);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM quote_approvals WHERE quote_id = 'quo_demo0furnace'"
                                 " AND signer_name = 'Maya Okafor' AND length(signature_png) > 500"), ==, 1);
  g_assert_cmpint (ui_query_int ("SELECT total_minor FROM quotes WHERE id = 'quo_demo0furnace'"), ==, 757470);
  g_assert_cmpstr (total_text (), ==, "$7,574.70");
  ui_save_png (GTK_WIDGET (ui_window), "quote-approved-wide-light");

  /* Decline another, with a reason. */
  shown = open_quote ("Q-1002");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown), "quote.decline", NULL));
  WAIT_FOR ((dialog = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                         "We went with a neighbour's plumber.");
  ui_save_png (GTK_WIDGET (dialog), "decline-dialog-light");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  WAIT_FOR (doorstep_quote_get_status (shown_quote ()) == DOORSTEP_QUOTE_STATUS_DECLINED);
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM quote_declines WHERE quote_id = 'quo_demo0drain'"
                                 " AND reason = 'We went with a neighbour''s plumber.'"), ==, 1);

  /* The PDF, in the app: page 1, then page 2. */
  shown = open_quote ("Q-1006");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown), "detail.preview-pdf", NULL));
  WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_PDF_WINDOW)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  {
    DoorstepPdfViewer *viewer = ui_child (dialog, DOORSTEP_TYPE_PDF_WINDOW, "viewer");

    WAIT_FOR (g_strcmp0 (ui_stack_state (viewer, DOORSTEP_TYPE_PDF_VIEWER, "stack"), "page") == 0 &&
              doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_page (viewer), ==, 0);
    g_assert_cmpint (doorstep_pdf_viewer_get_n_pages (viewer), >=, 2);
    ui_screenshot_all (dialog, "pdf-preview");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "pdf.next-page", NULL));
    WAIT_FOR (doorstep_pdf_viewer_get_page (viewer) == 1 && doorstep_pdf_viewer_get_rendered (viewer));
    ui_save_png (GTK_WIDGET (dialog), "pdf-preview-page-2-wide-light");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "pdf.zoom-in", NULL));
    WAIT_FOR (doorstep_pdf_viewer_get_rendered (viewer));
    g_assert_cmpint (doorstep_pdf_viewer_get_page (viewer), ==, 1);
  }
  gtk_window_destroy (dialog);

  /* Back on the list, the counts follow what happened. */
  gtk_widget_activate_action (GTK_WIDGET (page), "list.back", NULL);
  g_assert_false (doorstep_list_page_get_showing_detail (page));
  assert_all_counts ();
}

static const UiTest tests[] = {
  { "quotes", test_quotes },
  { NULL }
};

static const UiPhase phases[] = {
  { "quotes", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}
