import { describe, expect, it } from 'vitest';
import { joinTableName, pluralize, singularize, tableize } from '../../../src/migration-parsers/ruby/inflector.js';

describe('model name to table name, as ActiveSupport does it', () => {
  it.each([
    ['User', 'users'],
    ['OrderItem', 'order_items'],
    ['Category', 'categories'],
    ['Person', 'people'],
    ['Admin::Account', 'accounts'],
    ['Address', 'addresses'],
    ['Status', 'statuses'],
    ['Box', 'boxes'],
    ['Wife', 'wives'],
    ['Equipment', 'equipment'],
    ['HTMLPage', 'html_pages'],
    ['Child', 'children'],
  ])('%s → %s', (model, table) => {
    expect(tableize(model)).toBe(table);
  });

  it('singularizes and pluralizes the last word only', () => {
    expect(pluralize('line_item')).toBe('line_items');
    expect(singularize('categories')).toBe('category');
    expect(singularize('people')).toBe('person');
    expect(singularize('addresses')).toBe('address');
  });

  it('names join tables like create_join_table', () => {
    expect(joinTableName('musics', 'artists')).toBe('artists_musics');
    expect(joinTableName('catalog_categories', 'catalog_products')).toBe('catalog_categories_products');
  });
});
