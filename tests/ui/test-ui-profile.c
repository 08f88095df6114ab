/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-customer-notes.h"
#include "doorstep-customer-edit-dialog.h"
#include "doorstep-customer-page.h"
#include "doorstep-customers-page.h"
#include "doorstep-lazy-section.h"
#include "doorstep-note-row.h"
#include "doorstep-paged-rows.h"
#include "doorstep-section-view.h"
#include "doorstep-staff-view.h"
#include "doorstep-window.h"
#include "ui-fixture.h"

/* Staff: a customer's profile, opened from the customers list: its
 * header and figures as the API gives them, its properties over pages,
 * and notes added, edited, pinned and unpinned, and deleted; then a
 * technician, who may change only their own notes; and what the server
 * refuses (a customer who is not there, or gone as a note is added). */

#define GREENLEAF_ID "cus_demo0greenleaf0apts"

static gpointer
customers_page (void)
{
  GtkWidget *staff_view = adw_bin_get_child (ui_child (ui_window, DOORSTEP_TYPE_WINDOW, "staff_slot"));
  DoorstepSectionView *sections = ui_child (staff_view, DOORSTEP_TYPE_STAFF_VIEW, "section_view");
  GtkWidget *section = adw_view_stack_get_child_by_name (doorstep_section_view_get_stack (sections), "customers");

  return doorstep_lazy_section_get_page (DOORSTEP_LAZY_SECTION (section));
}

static DoorstepCustomerPage *
profile (void)
{
  return doorstep_customers_page_get_customer_page (customers_page ());
}

static const char *
profile_state (void)
{
  return ui_stack_state (profile (), DOORSTEP_TYPE_DETAIL_PAGE, "stack");
}

static const char *
profile_text (const char *name)
{
  return gtk_label_get_text (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, name));
}

static DoorstepCustomerNotes *
notes_part (void)
{
  return doorstep_customer_page_get_notes (profile ());
}

static GListModel *
notes (void)
{
  return doorstep_customer_notes_get_notes (notes_part ());
}

static gboolean
notes_loaded (void)
{
  return notes () != NULL && doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (notes ())) &&
         !doorstep_paged_list_get_loading (DOORSTEP_PAGED_LIST (notes ()));
}

static DoorstepNote *
note_at (guint position)
{
  g_autoptr(DoorstepNote) note = g_list_model_get_item (notes (), position);

  return note;  /* the list keeps it */
}

static DoorstepNoteRow *
note_row (guint position)
{
  DoorstepPagedRows *rows = ui_child (notes_part (), DOORSTEP_TYPE_CUSTOMER_NOTES, "rows");

  return DOORSTEP_NOTE_ROW (gtk_list_box_get_row_at_index (doorstep_paged_rows_get_list_box (rows), (int) position));
}

/* Scrolls the profile so that @widget is at the top (or the page at its
 * end), for a screenshot. A resize lays the page out again over a few
 * frames, so it goes on until the widget stays where it was put. */
static void
scroll_to (gpointer widget)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  /* What scrolls: the viewport's child, in whose coordinates a place stays put. */
  GtkWidget *content = gtk_widget_get_first_child (gtk_scrolled_window_get_child (scrolled));

  for (guint steady = 0, tries = 0; steady < 3; tries++)
    {
      double x, y, before = gtk_adjustment_get_value (adjustment);

      g_assert_cmpuint (tries, <, 40);
      ui_settle ();
      g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
      gtk_adjustment_set_value (adjustment, y - 12);
      steady = gtk_adjustment_get_value (adjustment) == before ? steady + 1 : 0;
    }
}

/* ui_screenshot_all(), scrolled to what @target returns at each size
 * (its place moves as the page narrows). */
static void
screenshot_all_at (gpointer  (*target) (void),
                   const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct { int width; const char *size; } sizes[] = { { 1200, "wide" }, { 400, "narrow" } };
  const struct { AdwColorScheme scheme; const char *name; } schemes[] = {
    { ADW_COLOR_SCHEME_FORCE_LIGHT, "light" }, { ADW_COLOR_SCHEME_FORCE_DARK, "dark" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ui_resize (ui_window, sizes[i].width, 800);
      scroll_to (target ());
      for (guint c = 0; c < G_N_ELEMENTS (schemes); c++)
        {
          g_autofree char *file = g_strdup_printf ("%s-%s-%s", name, sizes[i].size, schemes[c].name);

          adw_style_manager_set_color_scheme (style, schemes[c].scheme);
          ui_settle ();
          ui_save_png (GTK_WIDGET (ui_window), file);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_resize (ui_window, 1200, 800);
}

static gpointer
notes_target (void)
{
  return notes_part ();
}

static gpointer
properties_target (void)
{
  return ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "properties_group");
}

static void
type_note (GtkTextView *view,
           const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static gint64
count_maya_notes (void)
{
  return ui_query_int ("SELECT COUNT(*) FROM customer_notes WHERE customer_id = '" MAYA_ID "'");
}

/* Opens @customer_id's profile as a click on their row does, and waits
 * for it, its properties and its notes. */
static void
open_profile (const char *customer_id)
{
  GListModel *customers = doorstep_list_page_get_items (customers_page ());
  guint position = G_MAXUINT;

  WAIT_FOR (g_strcmp0 (ui_stack_state (customers_page (), DOORSTEP_TYPE_LIST_PAGE, "state_stack"), "list") == 0);
  for (guint i = 0; i < g_list_model_get_n_items (customers); i++)
    {
      g_autoptr(DoorstepCustomer) customer = g_list_model_get_item (customers, i);

      if (g_str_equal (doorstep_customer_get_id (customer), customer_id))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (ui_child (customers_page (), DOORSTEP_TYPE_LIST_PAGE, "list_view"), "activate", position);

  WAIT_FOR (doorstep_list_page_get_showing_detail (customers_page ()));
  WAIT_FOR (g_strcmp0 (doorstep_detail_page_get_id (DOORSTEP_DETAIL_PAGE (profile ())), customer_id) == 0 &&
            g_strcmp0 (profile_state (), "content") == 0);
  WAIT_FOR (notes_loaded ());
  WAIT_FOR (doorstep_customer_page_get_properties (profile ()) != NULL &&
            doorstep_paged_list_get_loaded (DOORSTEP_PAGED_LIST (doorstep_customer_page_get_properties (profile ()))));
}

static char *
money (JsonObject *object,
       const char *member)
{
  JsonObject *amount = json_object_get_object_member (object, member);

  return doorstep_money_format (json_object_get_int_member (amount, "amount_minor"),
                                json_object_get_string_member (amount, "currency"));
}

static void
test_profile_header (void)
{
  TestServer server = { .base_url = (char *) ui_server_url };
  g_autofree char *token = NULL;
  g_autoptr(TestResponse) response = NULL;
  JsonObject *answer, *balance, *quotes;
  g_autofree char *lifetime = NULL;
  g_autofree char *due = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *since = NULL;
  g_autofree char *due_line = NULL;
  GDate day;

  ui_start_app ();
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("admin@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
  open_profile (MAYA_ID);

  /* What the API says, asked apart from the app. */
  token = test_login (&server, "admin@example.com", NULL);
  response = test_http (&server, "GET", "/api/v1/customers/" MAYA_ID, token, NULL);
  g_assert_cmpuint (response->status, ==, 200);
  answer = test_response_object (response);
  balance = json_object_get_object_member (answer, "balance_due");
  quotes = json_object_get_object_member (answer, "open_quotes");
  lifetime = money (answer, "lifetime_value");
  due = money (balance, "total");
  overdue = money (balance, "overdue");
  quoted = money (quotes, "total");
  g_assert_true (doorstep_local_date_parse (json_object_get_string_member (answer, "customer_since"), &day));
  since = doorstep_date_format (&day);

  g_assert_cmpstr (profile_text ("name_label"), ==, json_object_get_string_member (answer, "display_name"));
  g_assert_nonnull (strstr (profile_text ("facts_label"), "Homeowner"));
  g_assert_nonnull (strstr (profile_text ("facts_label"), since));
  g_assert_cmpstr (profile_text ("lifetime_label"), ==, lifetime);
  g_assert_cmpstr (profile_text ("balance_label"), ==, due);
  if (json_object_get_int_member (json_object_get_object_member (balance, "overdue"), "amount_minor") > 0)
    {
      due_line = g_strdup_printf ("%s of it overdue", overdue);
      g_assert_cmpstr (profile_text ("overdue_label"), ==, due_line);
    }
  g_assert_cmpstr (profile_text ("quotes_label"), ==, quoted);
  {
    g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT " quote", json_object_get_int_member (quotes, "count"));
    g_assert_nonnull (strstr (profile_text ("quotes_count_label"), count));
  }
  /* Email and phone open the desktop's apps; View as Customer names her. */
  g_assert_true (gtk_widget_get_visible (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "email_child")));
  g_assert_true (gtk_widget_get_visible (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "phone_child")));
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE,
                                                                                          "view_button")), NULL),
                   ==, MAYA_ID);
  /* An administrator may edit the record: the button opens the dialog. */
  g_assert_true (gtk_widget_get_visible (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "edit_child")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (profile ()), "customer.edit", NULL));
  {
    GtkWindow *dialog = NULL;

    WAIT_FOR ((dialog = ui_find_window (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG)) != NULL);
    gtk_window_close (dialog);
  }

  /* Her properties and notes, as many as she has; the pinned one first. */
  g_assert_cmpint (g_list_model_get_n_items (doorstep_customer_page_get_properties (profile ())), ==,
                   json_object_get_int_member (answer, "property_count"));
  g_assert_cmpint (g_list_model_get_n_items (notes ()), ==, count_maya_notes ());
  g_assert_true (doorstep_note_get_pinned (note_at (0)));
  for (guint i = 1; i < g_list_model_get_n_items (notes ()); i++)
    g_assert_false (doorstep_note_get_pinned (note_at (i)));

  ui_screenshot_all (ui_window, "profile");
  ui_resize (ui_window, 360, 800);
  ui_save_png (GTK_WIDGET (ui_window), "profile-360-light");
  ui_resize (ui_window, 1200, 800);
}

/* Writing a note: what is typed stays when it is refused, a pinned one
 * goes on top, editing changes it in place, unpinning moves it under
 * the pinned, and deleting asks first. */
static void
test_notes (void)
{
  DoorstepCustomerNotes *part = notes_part ();
  GtkTextView *add_view = ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_view");
  GtkCheckButton *pin = ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_pin_check");
  GtkLabel *body_error = ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_body_error");
  gint64 before = count_maya_notes ();
  g_autofree char *added_id = NULL;
  DoorstepNoteRow *row;
  GtkWindow *dialog;

  /* Nothing to add until something is typed. */
  type_note (add_view, "  \n ");
  g_assert_false (gtk_widget_get_sensitive (ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_button")));

  /* Refused before it is sent, with what was typed kept. */
  type_note (add_view, "Alarm code \x01 1234");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (part), "notes.add", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (body_error)));
  {
    g_autofree char *kept = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (add_view), &start, &end);
    kept = gtk_text_buffer_get_text (gtk_text_view_get_buffer (add_view), &start, &end, FALSE);
    g_assert_cmpstr (kept, ==, "Alarm code \x01 1234");
  }
  g_assert_cmpint (count_maya_notes (), ==, before);

  /* Pinned: on top, over the pinned note already there. */
  type_note (add_view, "New water heater fitted.\nWarranty papers are in the garage.");
  gtk_check_button_set_active (pin, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (part), "notes.add", NULL));
  WAIT_FOR (g_list_model_get_n_items (notes ()) == (guint) before + 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (body_error)));
  g_assert_cmpstr (doorstep_note_get_body (note_at (0)), ==, "New water heater fitted.\nWarranty papers are in the garage.");
  g_assert_true (doorstep_note_get_pinned (note_at (0)));
  g_assert_cmpstr (doorstep_note_get_author_name (note_at (0)), ==, "Jordan Avery");
  added_id = g_strdup (doorstep_note_get_id (note_at (0)));
  g_assert_cmpint (count_maya_notes (), ==, before + 1);
  WAIT_FOR (ui_find_label (GTK_WIDGET (ui_window), "Note added"));
  /* The card is ready for the next note. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (add_view)), ==, 0);
  g_assert_false (gtk_check_button_get_active (pin));

  /* Its author may edit and delete it. */
  row = note_row (0);
  g_assert_true (gtk_widget_get_visible (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "edit_button")));
  g_assert_true (gtk_widget_get_visible (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "delete_button")));
  screenshot_all_at (notes_target, "profile-notes");

  /* Edited in place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "note.edit", NULL));
  g_assert_true (doorstep_note_row_get_editing (row));
  type_note (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "edit_view"), "New water heater fitted 8 Dec.\nWarranty papers are in the garage.");
  screenshot_all_at (notes_target, "profile-note-editing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "note.save", NULL));
  WAIT_FOR (g_str_has_prefix (doorstep_note_get_body (note_at (0)), "New water heater fitted 8 Dec."));
  g_assert_nonnull (doorstep_note_get_updated_at (note_at (0)));
  g_assert_cmpint (ui_query_int ("SELECT COUNT(*) FROM customer_notes WHERE body LIKE 'New water heater fitted 8 Dec.%'"),
                   ==, 1);
  g_assert_false (doorstep_note_row_get_editing (note_row (0)));

  /* Unpinned: under the pinned note, the newest of the rest. */
  row = note_row (0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "note.edit", NULL));
  gtk_check_button_set_active (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "pin_check"), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "note.save", NULL));
  WAIT_FOR (notes_loaded () && g_list_model_get_n_items (notes ()) == (guint) before + 1 &&
            g_str_equal (doorstep_note_get_id (note_at (1)), added_id));
  g_assert_true (doorstep_note_get_pinned (note_at (0)));
  g_assert_false (doorstep_note_get_pinned (note_at (1)));

  /* Deleted, once confirmed; Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (note_row (1)), "note.delete", NULL));
  WAIT_FOR ((dialog = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Delete This Note?");
  ui_save_png (GTK_WIDGET (dialog), "profile-note-delete-light");
  /* As its buttons do: answer, then close. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  ui_settle ();
  g_assert_cmpint (count_maya_notes (), ==, before + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (note_row (1)), "note.delete", NULL));
  WAIT_FOR ((dialog = ui_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  WAIT_FOR (g_list_model_get_n_items (notes ()) == (guint) before);
  g_assert_cmpint (count_maya_notes (), ==, before);
  for (guint i = 0; i < g_list_model_get_n_items (notes ()); i++)
    g_assert_cmpstr (doorstep_note_get_id (note_at (i)), !=, added_id);
}

/* Thirty buildings: the first page, then Show More for the rest. */
static void
test_properties_pages (void)
{
  DoorstepPagedList *properties;
  DoorstepPagedRows *rows;
  GtkWidget *more;
  guint first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (customers_page ()), "list.back", NULL));
  WAIT_FOR (!doorstep_list_page_get_showing_detail (customers_page ()));
  open_profile (GREENLEAF_ID);
  rows = ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "properties_rows");
  more = ui_child (rows, DOORSTEP_TYPE_PAGED_ROWS, "more_button");
  properties = DOORSTEP_PAGED_LIST (doorstep_customer_page_get_properties (profile ()));
  first = g_list_model_get_n_items (G_LIST_MODEL (properties));

  /* No notes about them yet: said so. */
  g_assert_cmpuint (g_list_model_get_n_items (notes ()), ==, 0);
  g_assert_true (gtk_widget_get_visible (ui_child (ui_child (notes_part (), DOORSTEP_TYPE_CUSTOMER_NOTES, "rows"),
                                                   DOORSTEP_TYPE_PAGED_ROWS, "empty_label")));

  g_assert_true (gtk_widget_get_visible (more));
  scroll_to (more);
  ui_save_png (GTK_WIDGET (ui_window), "profile-properties-more-wide-light");
  while (doorstep_paged_list_get_has_more (properties))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (properties));

      g_assert_true (gtk_widget_get_visible (more));
      g_signal_emit_by_name (more, "clicked");
      WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (properties)) > n &&
                !doorstep_paged_list_get_loading (properties));
    }
  g_assert_cmpuint (first, <, 30);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (properties)), ==,
                   ui_query_int ("SELECT COUNT(*) FROM properties WHERE customer_id = '" GREENLEAF_ID "'"));
  g_assert_false (gtk_widget_get_visible (more));
  screenshot_all_at (properties_target, "profile-properties");
  screenshot_all_at (notes_target, "profile-empty-notes");
}

/* A technician edits and deletes only their own notes. */
static void
test_technician (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui_window), "win.sign-out", NULL));
  WAIT_FOR (g_strcmp0 (ui_mode (), "login") == 0);
  ui_sign_in_with ("technician@example.com", DEMO_PASSWORD);
  WAIT_FOR (g_strcmp0 (ui_mode (), "admin") == 0);
  if (doorstep_list_page_get_showing_detail (customers_page ()))
    gtk_widget_activate_action (GTK_WIDGET (customers_page ()), "list.back", NULL);
  WAIT_FOR (!doorstep_list_page_get_showing_detail (customers_page ()));
  open_profile (MAYA_ID);

  /* Not an administrator: no Edit (the server would refuse it too). */
  g_assert_false (gtk_widget_get_visible (ui_child (profile (), DOORSTEP_TYPE_CUSTOMER_PAGE, "edit_child")));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (profile ()), "customer.edit", NULL) &&
                  ui_find_window (DOORSTEP_TYPE_CUSTOMER_EDIT_DIALOG) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notes ()), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (notes ()); i++)
    {
      DoorstepNote *note = note_at (i);
      DoorstepNoteRow *row = note_row (i);
      gboolean own = g_str_equal (doorstep_note_get_author_id (note), "usr_demo0technician");

      g_assert_cmpint (doorstep_note_get_can_edit (note), ==, own);
      g_assert_cmpint (doorstep_note_get_can_delete (note), ==, own);
      g_assert_cmpint (gtk_widget_get_visible (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "edit_button")), ==, own);
      g_assert_cmpint (gtk_widget_get_visible (ui_child (row, DOORSTEP_TYPE_NOTE_ROW, "delete_button")), ==, own);
      if (!own)
        {
          /* Nor does asking do anything. */
          gtk_widget_activate_action (GTK_WIDGET (row), "note.edit", NULL);
          gtk_widget_activate_action (GTK_WIDGET (row), "note.delete", NULL);
          ui_settle ();
          g_assert_false (doorstep_note_row_get_editing (row));
          g_assert_null (ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
        }
    }
  screenshot_all_at (notes_target, "profile-technician");
}

/* A customer who is not there, and one gone while a note was being
 * written: the server's words, Try Again, and the note kept. */
static void
test_refused (void)
{
  DoorstepCustomerNotes *part;
  GtkTextView *add_view;
  GtkLabel *add_error;
  AdwStatusPage *error_page = ui_child (profile (), DOORSTEP_TYPE_DETAIL_PAGE, "error_page");
  g_autofree char *kept = NULL;
  GtkTextIter start, end;

  doorstep_customers_page_open_customer (customers_page (), "cus_nobody");
  WAIT_FOR (g_strcmp0 (profile_state (), "error") == 0);
  g_assert_cmpstr (adw_status_page_get_description (error_page), ==, "There is no such customer.");
  ui_save_png (GTK_WIDGET (ui_window), "profile-error-wide-light");
  g_signal_emit_by_name (ui_child (profile (), DOORSTEP_TYPE_DETAIL_PAGE, "retry_button"), "clicked");
  WAIT_FOR (g_strcmp0 (profile_state (), "error") == 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (customers_page ()), "list.back", NULL));
  WAIT_FOR (!doorstep_list_page_get_showing_detail (customers_page ()));

  /* No endpoint removes a customer: the database does, as the note goes. */
  open_profile (DANIEL_ID);
  part = notes_part ();
  add_view = ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_view");
  add_error = ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_error");
  type_note (add_view, "Asked about a second thermostat upstairs.");
  ui_exec_sql ("DELETE FROM customers WHERE id = '" DANIEL_ID "'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (part), "notes.add", NULL));
  WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (add_error)));
  g_assert_cmpstr (gtk_label_get_text (add_error), ==, "There is no such customer.");
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (add_view), &start, &end);
  kept = gtk_text_buffer_get_text (gtk_text_view_get_buffer (add_view), &start, &end, FALSE);
  g_assert_cmpstr (kept, ==, "Asked about a second thermostat upstairs.");
  /* Ready to try again. */
  g_assert_true (gtk_widget_get_sensitive (ui_child (part, DOORSTEP_TYPE_CUSTOMER_NOTES, "add_button")));
  screenshot_all_at (notes_target, "profile-add-refused");
}

static const UiTest tests[] = {
  { "1-header", test_profile_header },
  { "2-notes", test_notes },
  { "3-properties-pages", test_properties_pages },
  { "4-technician", test_technician },
  { "5-refused", test_refused },
  { NULL }
};

static const UiPhase phases[] = {
  { "profile", NULL, tests },
};

int
main (int    argc,
      char **argv)
{
  return ui_run (argc, argv, phases, G_N_ELEMENTS (phases));
}
