/** Settings of the portfolio service ({@code ts.portfolio.*}). */
package io.tradingsuite.portfolio.config;
