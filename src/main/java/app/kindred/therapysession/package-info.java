/** The numbered sessions of a couple's therapy: date and kind (intake, regular, closing). */
package app.kindred.therapysession;
